package org.broadsheet.article;

import java.net.http.HttpResponse;
import java.util.stream.IntStream;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.article.ArticleBuilder.story;

class ArticleListControllerTests extends ReaderPageTests {

	@Test
	void deskListsItsPublicStoriesNewestFirst() {
		save(story("desk-older").desk("Science").publishedAt("2099-01-01T00:00:00Z"),
				story("desk-newer").desk("Science").publishedAt("2099-02-01T00:00:00Z"),
				story("desk-draft").desk("Science").draft(), story("desk-scheduled").desk("Science").scheduled(),
				story("desk-removed").desk("Science").removed());
		Document page = page("/sections/science");
		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.selectFirst("h1").text()).isEqualTo("Science");
		assertThat(page.select(".card-title a").eachAttr("href")).containsExactly("/articles/desk-newer",
				"/articles/desk-older");
		assertThat(page.selectFirst("main .meta").text()).isEqualTo("2 stories");
	}

	@Test
	void tagWithUnicodeSlugIsFoundFromItsPercentEncodedPath() {
		save(story("seoul-tagged").tags("서울", "South Korea"));
		Document page = page("/tags/%EC%84%9C%EC%9A%B8");
		assertThat(page.selectFirst("h1").text()).contains("서울");
		assertThat(page.select(".card-title a").eachAttr("href")).containsExactly("/articles/seoul-tagged");
		assertThat(page("/tags/south-korea").select(".card-title a").eachAttr("href"))
			.contains("/articles/seoul-tagged");
	}

	@Test
	void authorPageListsTheirStoriesUnderTheirName() {
		save(story("by-lee").authors("Lee Ji-eun", "Someone Else"),
				story("by-lee-draft").authors("Lee Ji-eun").draft());
		Document page = page("/authors/lee-ji-eun");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Stories by Lee Ji-eun");
		assertThat(page.select(".card-title a").eachAttr("href")).containsExactly("/articles/by-lee");
	}

	@Test
	void unknownDeskTagAndAuthorAnswer404() {
		assertThat(get("/sections/no-such-desk").statusCode()).isEqualTo(404);
		assertThat(get("/tags/no-such-tag").statusCode()).isEqualTo(404);
		assertThat(get("/authors/no-such-author").statusCode()).isEqualTo(404);
	}

	@Test
	void listsOfOnlyHiddenStoriesAnswer404() {
		save(story("hidden-only").desk("Embargoed Desk").tags("embargoed").authors("Embargoed Writer").scheduled());
		assertThat(get("/sections/embargoed-desk").statusCode()).isEqualTo(404);
		assertThat(get("/tags/embargoed").statusCode()).isEqualTo(404);
		assertThat(get("/authors/embargoed-writer").statusCode()).isEqualTo(404);
	}

	@Test
	void longListsArePaginatedAndPagesPastTheEndAnswer404() {
		save(IntStream.rangeClosed(1, 21)
			.mapToObj((i) -> story("paged-" + i).desk("Paged Desk")
				.publishedAt(ArticleBuilder.NOW.minusSeconds(3600L * i)))
			.toArray(ArticleBuilder[]::new));
		Document first = page("/sections/paged-desk");
		assertThat(first.select(".cards > li")).hasSize(20);
		assertThat(first.selectFirst(".pager a[rel=next]").attr("href")).isEqualTo("/sections/paged-desk?page=2");
		Document second = page("/sections/paged-desk?page=2");
		assertThat(second.select(".card-title a").eachAttr("href")).containsExactly("/articles/paged-21");
		assertThat(second.selectFirst(".pager a[rel=prev]").attr("href")).isEqualTo("/sections/paged-desk");
		assertThat(get("/sections/paged-desk?page=3").statusCode()).isEqualTo(404);
	}

	@Test
	void badPageNumbersAnswer400WithAFriendlyPage() {
		save(story("page-param").desk("Param Desk"));
		HttpResponse<String> notANumber = get("/sections/param-desk?page=abc");
		assertThat(notANumber.statusCode()).isEqualTo(400);
		assertThat(notANumber.body()).contains("<main id=\"main\"").doesNotContain("Exception");
		assertThat(get("/sections/param-desk?page=0").statusCode()).isEqualTo(400);
		assertThat(get("/sections/param-desk?page=-3").statusCode()).isEqualTo(400);
		assertThat(get("/sections/param-desk?page=99999999999999").statusCode()).isEqualTo(400);
		assertThat(get("/sections/param-desk?page=2147483647").statusCode()).isEqualTo(404);
	}

	@Test
	void slugsInOtherCaseRedirectToTheLowerCaseAddress() {
		save(story("case-story").tags("Mixed Case"));
		HttpResponse<String> response = get("/tags/Mixed-Case");
		assertThat(response.statusCode()).isEqualTo(301);
		assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/tags/mixed-case");
	}

	@Test
	void unicodeDeskAndAuthorAreFoundFromTheirPercentEncodedPaths() {
		save(story("economy-story").desk("경제").authors("박서준"));
		assertThat(page("/sections/%EA%B2%BD%EC%A0%9C").selectFirst("h1").text()).isEqualTo("경제");
		assertThat(page("/authors/%EB%B0%95%EC%84%9C%EC%A4%80").select(".card-title a").eachAttr("href"))
			.containsExactly("/articles/economy-story");
	}

}
