package org.broadsheet.article;

import java.io.UnsupportedEncodingException;
import java.net.URI;

import org.broadsheet.web.SiteProperties;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.jpa.test.autoconfigure.AutoConfigureDataJpa;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.article.ArticleBuilder.story;

/**
 * The story page as readers get it, in a web slice over the in-memory database: the
 * article controllers, the layout and the site settings, with no other feature's section
 * (those have tests of their own). Paths are sent percent-encoded, as a browser sends
 * them.
 */
@WebMvcTest({ ArticleController.class, ArticleListController.class })
@AutoConfigureDataJpa
@AutoConfigureMockMvc(addFilters = false)
@ActiveProfiles("test")
@EnableConfigurationProperties(SiteProperties.class)
@Import({ StoryPage.class, StoryListPage.class, FixedClockConfiguration.class })
class ArticleControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticleRepository articles;

	@Autowired
	SlugRedirectRepository redirects;

	@Test
	void storyHasExactlyOneHeadlineAndItsSanitizedBody() {
		save(story("one-headline").title("Leaders meet in Beijing").summary("A short standfirst."));
		Document page = page("/articles/one-headline");
		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.selectFirst("h1#article-title").text()).isEqualTo("Leaders meet in Beijing");
		assertThat(page.selectFirst("#story-body p").text()).isEqualTo("Body of the story.");
		assertThat(page.selectFirst(".standfirst").text()).isEqualTo("A short standfirst.");
		assertThat(page.title()).startsWith("Leaders meet in Beijing");
		assertThat(page.selectFirst("meta[name=description]").attr("content")).isEqualTo("A short standfirst.");
	}

	@Test
	void headlineIsEscapedNotRendered() {
		save(story("escaped-headline").title("<script>alert(1)</script> & more"));
		MockHttpServletResponse response = get("/articles/escaped-headline");
		assertThat(content(response)).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
	}

	@Test
	void pageLanguageFollowsTheStory() {
		save(story("korean-story").lang("ko").title("서울에서 만난 두 정상"));
		assertThat(page("/articles/korean-story").selectFirst("html").attr("lang")).isEqualTo("ko");
	}

	@Test
	void listPagesUseTheSiteLanguage() {
		save(story("english-story").desk("Language Desk"));
		assertThat(page("/sections/language-desk").selectFirst("html").attr("lang")).isEqualTo("en");
	}

	@Test
	void datelineIsAMachineReadableTimeAndUpdatedShowsWhenSet() {
		save(story("dated-story").publishedAt("2099-06-01T09:30:00.123456Z").updatedAt("2099-06-02T10:00:00Z"));
		Document page = page("/articles/dated-story");
		assertThat(page.select(".dateline time").eachAttr("datetime")).containsExactly("2099-06-01T09:30:00Z",
				"2099-06-02T10:00:00Z");
		assertThat(page.selectFirst(".dateline").text()).contains("Updated").contains("June 1, 2099").contains("UTC");
	}

	@Test
	void storyWithoutUpdateShowsOnlyItsDate() {
		save(story("never-updated"));
		Document page = page("/articles/never-updated");
		assertThat(page.select(".dateline time")).hasSize(1);
		assertThat(page.selectFirst(".dateline").text()).doesNotContain("Updated");
	}

	@Test
	void readingTimeComesFromTheWordCount() {
		save(story("long-read").words(1000));
		assertThat(page("/articles/long-read").selectFirst(".dateline").text()).contains("5 min read");
	}

	@Test
	void bylineLinksEveryAuthor() {
		save(story("three-authors").authors("Kim Min-ji", "John Smith", "Ana Lima"));
		Element byline = page("/articles/three-authors").selectFirst(".byline");
		assertThat(byline.select("a").eachAttr("href")).containsExactly("/authors/kim-min-ji", "/authors/john-smith",
				"/authors/ana-lima");
		assertThat(byline.text()).isEqualTo("By Kim Min-ji, John Smith and Ana Lima");
	}

	@Test
	void deskAndTagsLinkToTheirListsWithUnicodeSlugsEncoded() {
		save(story("linked-story").desk("World").tags("South Korea", "서울"));
		Document page = page("/articles/linked-story");
		assertThat(page.selectFirst(".kicker a").attr("href")).isEqualTo("/sections/world");
		assertThat(page.select(".tags a").eachAttr("href")).containsExactly("/tags/south-korea",
				"/tags/%EC%84%9C%EC%9A%B8");
		assertThat(page.select(".tags a").eachText()).containsExactly("South Korea", "서울");
	}

	@Test
	void tableOfContentsAppearsWithTwoHeadingsAndLinksToThem() {
		save(story("two-sections").section(2, "Background", "background").section(3, "배경", "배경"));
		Document page = page("/articles/two-sections");
		Element toc = page.selectFirst("nav#toc[aria-labelledby=toc-title]");
		assertThat(toc).isNotNull();
		assertThat(toc.selectFirst("#toc-title").text()).isEqualTo("In this story");
		assertThat(toc.select("a").eachAttr("href")).containsExactly("#background", "#배경");
		assertThat(page.selectFirst("#story-body h2#background a.permalink").attr("href")).isEqualTo("#background");
	}

	@Test
	void noTableOfContentsWithOneHeading() {
		save(story("one-section").section(2, "Only", "only"));
		assertThat(page("/articles/one-section").select("#toc")).isEmpty();
	}

	@Test
	void leadImageIsAFigureWithAltCaptionAndCredit() {
		save(story("pictured").image("/media/world/summit.jpg", "Two leaders shake hands", "The summit in Beijing",
				"Jane Doe"));
		Element figure = page("/articles/pictured").selectFirst("figure.lead-figure");
		assertThat(figure.selectFirst("img").attr("alt")).isEqualTo("Two leaders shake hands");
		assertThat(figure.selectFirst("img").attr("width")).isNotEmpty();
		assertThat(figure.selectFirst("figcaption").text()).contains("The summit in Beijing").contains("Jane Doe");
	}

	@Test
	void draftScheduledAndRemovedStoriesAnswer404() {
		save(story("a-draft").draft(), story("a-scheduled").scheduled(), story("a-removed").removed());
		assertThat(get("/articles/a-draft").getStatus()).isEqualTo(404);
		assertThat(get("/articles/a-scheduled").getStatus()).isEqualTo(404);
		assertThat(get("/articles/a-removed").getStatus()).isEqualTo(404);
	}

	@Test
	void oldSlugRedirectsPermanentlyToTheCurrentAddress() {
		save(story("새-주소"));
		Long id = this.articles.findBySlug("새-주소").orElseThrow().getId();
		this.redirects.save(new SlugRedirect("old-address", id));
		MockHttpServletResponse response = get("/articles/old-address");
		assertThat(response.getStatus()).isEqualTo(301);
		assertThat(response.getHeader("Location")).endsWith("/articles/%EC%83%88-%EC%A3%BC%EC%86%8C");
	}

	@Test
	void oldSlugOfAnUnpublishedStoryAnswers404() {
		save(story("now-a-draft").draft());
		Long id = this.articles.findBySlug("now-a-draft").orElseThrow().getId();
		this.redirects.save(new SlugRedirect("older-draft-address", id));
		assertThat(get("/articles/older-draft-address").getStatus()).isEqualTo(404);
	}

	@Test
	void unicodeStorySlugIsFoundFromItsPercentEncodedPath() {
		save(story("서울-정상회담").title("서울 정상회담"));
		assertThat(page("/articles/%EC%84%9C%EC%9A%B8-%EC%A0%95%EC%83%81%ED%9A%8C%EB%8B%B4").selectFirst("h1").text())
			.isEqualTo("서울 정상회담");
	}

	void save(ArticleBuilder... builders) {
		for (ArticleBuilder builder : builders) {
			this.articles.save(builder.build());
		}
	}

	MockHttpServletResponse get(String encodedPath) {
		try {
			return this.mvc.perform(MockMvcRequestBuilders.get(URI.create(encodedPath)).accept(MediaType.TEXT_HTML))
				.andReturn()
				.getResponse();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	Document page(String encodedPath) {
		MockHttpServletResponse response = get(encodedPath);
		if (response.getStatus() != 200) {
			throw new AssertionError(encodedPath + " answered " + response.getStatus());
		}
		return Jsoup.parse(content(response), "http://localhost" + encodedPath);
	}

	static String content(MockHttpServletResponse response) {
		try {
			return response.getContentAsString();
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
