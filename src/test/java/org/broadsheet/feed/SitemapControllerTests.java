package org.broadsheet.feed;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.feed.XmlAssert.child;
import static org.broadsheet.feed.XmlAssert.children;
import static org.broadsheet.feed.XmlAssert.text;
import static org.broadsheet.search.StoryFixtures.story;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DiscoveryTest
class SitemapControllerTests extends DiscoveryWebTests {

	static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

	static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

	static final String BASE = "https://news.example.org";

	@Test
	void sitemapListsPublicStoriesDesksTagsAuthorsAndHome() throws Exception {
		this.fixtures.save(
				story("map-story").title("Mapped")
					.desk("Map Desk")
					.tags("South Korea", "서울")
					.authors("Kim Map")
					.published("2031-03-01T00:00:00Z")
					.updated("2031-03-02T10:00:00Z"),
				story("map-draft").title("Hidden").draft(),
				story("map-later").title("Later").published("2031-04-01T00:00:00Z"));
		MvcResult result = this.mvc.perform(get("/sitemap.xml")).andExpect(status().isOk()).andReturn();
		assertThat(result.getResponse().getContentType()).isEqualTo("application/xml;charset=UTF-8");
		Element urlset = XmlAssert.parse(result.getResponse().getContentAsByteArray()).getDocumentElement();
		assertThat(urlset.getNamespaceURI()).isEqualTo(SITEMAP);
		List<Element> urls = children(urlset, SITEMAP, "url");
		List<String> locs = urls.stream().map((url) -> text(url, SITEMAP, "loc")).toList();
		assertThat(locs).contains(BASE + "/", BASE + "/articles/map-story", BASE + "/sections/map-desk",
				BASE + "/tags/south-korea", BASE + "/tags/%EC%84%9C%EC%9A%B8", BASE + "/authors/kim-map");
		assertThat(locs).doesNotContain(BASE + "/articles/map-draft", BASE + "/articles/map-later");
		Element story = urls.get(locs.indexOf(BASE + "/articles/map-story"));
		assertThat(Instant.parse(text(story, SITEMAP, "lastmod"))).isEqualTo("2031-03-02T10:00:00Z");
	}

	@Test
	void newsSitemapHoldsTheLastTwoDaysWithPublicationDetails() throws Exception {
		this.fixtures.save(story("news-fresh").title("Fresh & \"new\"").lang("ko-KR").published("2031-03-09T13:00:00Z"),
				story("news-old").title("Old").published("2031-03-08T11:00:00Z"),
				story("news-future").title("Future").published("2031-03-10T12:30:00Z"));
		MvcResult result = this.mvc.perform(get("/news-sitemap.xml")).andExpect(status().isOk()).andReturn();
		Element urlset = XmlAssert.parse(result.getResponse().getContentAsByteArray()).getDocumentElement();
		List<Element> urls = children(urlset, SITEMAP, "url");
		List<String> locs = urls.stream().map((url) -> text(url, SITEMAP, "loc")).toList();
		assertThat(locs).contains(BASE + "/articles/news-fresh")
			.doesNotContain(BASE + "/articles/news-old", BASE + "/articles/news-future");
		Element news = child(urls.get(locs.indexOf(BASE + "/articles/news-fresh")), NEWS, "news");
		Element publication = child(news, NEWS, "publication");
		assertThat(text(publication, NEWS, "name")).isEqualTo("Broadsheet");
		assertThat(text(publication, NEWS, "language")).isEqualTo("ko");
		assertThat(Instant.parse(text(news, NEWS, "publication_date"))).isEqualTo("2031-03-09T13:00:00Z");
		assertThat(text(news, NEWS, "title")).isEqualTo("Fresh & \"new\"");
	}

	@Test
	void robotsPointsAtBothSitemapsAndKeepsCrawlersOutOfAdmin() throws Exception {
		this.mvc.perform(get("/robots.txt"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/plain;charset=UTF-8"))
			.andExpect(content()
				.string(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("Disallow: /admin\n"),
						org.hamcrest.Matchers.containsString("Disallow: /moderation\n"),
						org.hamcrest.Matchers.containsString("Sitemap: " + BASE + "/sitemap.xml\n"),
						org.hamcrest.Matchers.containsString("Sitemap: " + BASE + "/news-sitemap.xml\n"))));
	}

}
