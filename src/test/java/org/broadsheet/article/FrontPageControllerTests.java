package org.broadsheet.article;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.article.ArticleBuilder.story;

class FrontPageControllerTests extends ReaderPageTests {

	@Test
	void frontPageOpensWithTheLeadThenLatestThenOneBlockPerDesk() {
		save(story("front-lead").title("The lead").desk("Front World").lead().publishedAt("2099-12-30T00:00:00Z"),
				story("front-newest").title("Newest").desk("Front Business").publishedAt("2099-12-31T12:00:00Z"),
				story("front-draft").title("Draft").desk("Front Draft Desk").draft().lead(),
				story("front-scheduled").title("Scheduled").desk("Front World").scheduled().lead());
		Document page = page("/");
		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.selectFirst("main > .lead .card-title a").attr("href")).isEqualTo("/articles/front-lead");
		assertThat(page.select(".latest .card-title a").eachAttr("href")).contains("/articles/front-newest")
			.doesNotContain("/articles/front-lead");
		assertThat(page.select(".desk-block > h2").eachText()).contains("Front Business", "Front World")
			.doesNotContain("Front Draft Desk");
		assertThat(page.select(".desk-block > h2 a").eachAttr("href")).contains("/sections/front-world");
		assertThat(page.html()).doesNotContain("front-draft").doesNotContain("front-scheduled");
	}

	@Test
	void headingsGoInOrderWithoutSkippingLevels() {
		save(story("front-order").desk("Order Desk"));
		Document page = page("/");
		int previous = 0;
		for (var heading : page.select("main h1, main h2, main h3, main h4")) {
			int level = Integer.parseInt(heading.tagName().substring(1));
			assertThat(level).as(heading.text()).isLessThanOrEqualTo(previous + 1);
			previous = level;
		}
	}

	@Test
	void deskNavigationListsOnlyDesksWithPublicStories() {
		save(story("nav-public").desk("Nav Visible"), story("nav-draft").desk("Nav Hidden").draft(),
				story("nav-scheduled").desk("Nav Later").scheduled());
		Document page = page("/");
		assertThat(page.select("nav#site-nav a").eachText()).contains("Nav Visible")
			.doesNotContain("Nav Hidden", "Nav Later");
		assertThat(page.selectFirst("nav#site-nav").attr("aria-label")).isNotEmpty();
	}

	@Test
	void layoutHasSkipLinkSearchFormAndLandmarks() {
		Document page = page("/");
		assertThat(page.selectFirst("a.skip-link").attr("href")).isEqualTo("#main");
		assertThat(page.select("header#site-header, main#main, footer#site-footer")).hasSize(3);
		assertThat(page.selectFirst("form#search").attr("method")).isEqualTo("get");
		assertThat(page.selectFirst("form#search").attr("action")).isEqualTo("/search");
		assertThat(page.selectFirst("label[for=q]")).isNotNull();
		assertThat(page.selectFirst("input#q").attr("name")).isEqualTo("q");
		assertThat(page.selectFirst("input#q").attr("type")).isEqualTo("search");
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(page.selectFirst("meta[name=viewport]")).isNotNull();
		assertThat(page.selectFirst("meta[name=description]").attr("content")).isNotBlank();
		assertThat(page.select("script")).isEmpty();
	}

	@Test
	void oneFingerprintedStylesheetCachedForAYear() {
		Document page = page("/");
		assertThat(page.select("link[rel=stylesheet]")).hasSize(1);
		String href = page.selectFirst("link[rel=stylesheet]").attr("href");
		assertThat(href).matches("/css/site-[0-9a-f]{32}\\.css");
		assertThat(get(href).headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000");
		assertThat(get(page.selectFirst("link[rel=icon]").attr("href")).statusCode()).isEqualTo(200);
	}

	@Test
	void frontPagesPastTheEndAnswer404() {
		assertThat(get("/?page=500").statusCode()).isEqualTo(404);
		assertThat(get("/?page=x").statusCode()).isEqualTo(400);
	}

	@Test
	void unknownAddressesGetAFriendlyNotFoundPageInTheLayout() {
		var response = get("/articles/there-is-no-such-story");
		assertThat(response.statusCode()).isEqualTo(404);
		Document page = org.jsoup.Jsoup.parse(response.body());
		assertThat(page.selectFirst("h1").text()).isEqualTo("Page not found");
		assertThat(page.selectFirst("nav#site-nav")).isNotNull();
		assertThat(page.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
		assertThat(response.body()).doesNotContain("Whitelabel").doesNotContain("Exception");
		assertThat(get("/no/such/route").statusCode()).isEqualTo(404);
	}

	@Test
	void otherServerErrorsGetTheSameFriendlyPageWithTheirStatus() {
		var response = get(FailingPage.UNAVAILABLE_PATH);
		assertThat(response.statusCode()).isEqualTo(503);
		Document page = org.jsoup.Jsoup.parse(response.body());
		assertThat(page.selectFirst("h1").text()).isEqualTo("Something went wrong");
		assertThat(page.selectFirst("nav#site-nav")).isNotNull();
		assertThat(response.body()).doesNotContain("Whitelabel").doesNotContain("Down for the error page test");
	}

	@Test
	void serverErrorsGetAFriendlyPageWithoutDetails() {
		var response = get(FailingPage.PATH);
		assertThat(response.statusCode()).isEqualTo(500);
		Document page = org.jsoup.Jsoup.parse(response.body());
		assertThat(page.selectFirst("h1").text()).isEqualTo("Something went wrong");
		assertThat(page.selectFirst("main#main")).isNotNull();
		assertThat(response.body()).doesNotContain("Whitelabel").doesNotContain("Exception").doesNotContain("trace");
	}

}
