package org.broadsheet.feed;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.broadsheet.article.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.search.StoryFixtures.story;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Discovery as readers and crawlers see the rendered pages.
 */
@DiscoveryTest
class DiscoveryPagesTests extends DiscoveryWebTests {

	static final String HOSTILE = "Tom & \"Jerry\" </script><b>";

	static final String BASE = "https://news.example.org";

	private static final AtomicInteger counter = new AtomicInteger();

	@LocalServerPort
	int port;

	@Test
	void storyPageCarriesCanonicalOpenGraphAndJsonLd() throws Exception {
		String slug = slug("hostile");
		this.fixtures.save(story(slug).title(HOSTILE).summary("Cat & mouse").desk("Pages Desk").authors("Kim Min-ji"));
		String html = html("/articles/" + slug);
		Document page = Jsoup.parse(html);
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/articles/" + slug);
		assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo(HOSTILE);
		assertThat(page.select("meta[property=og:url]").attr("content")).isEqualTo(BASE + "/articles/" + slug);
		assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
		assertThat(page.select("script[type=application/ld+json]")).hasSize(1);
		String json = page.selectFirst("script[type=application/ld+json]").data();
		assertThat(json).doesNotContain("</script>").contains("\\u003c/script\\u003e");
		JsonNode graph = JsonMapper.builder().build().readTree(json);
		assertThat(graph.get(0).get("@type").asString()).isEqualTo("NewsArticle");
		assertThat(graph.get(0).get("headline").asString()).isEqualTo(HOSTILE);
		assertThat(graph.get(0).get("articleSection").asString()).isEqualTo("Pages Desk");
		assertThat(graph.get(1).get("@type").asString()).isEqualTo("BreadcrumbList");
		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.select("b")).isEmpty();
	}

	@Test
	void storyPageListsMoreFromItsDesk() throws Exception {
		String desk = "Related Desk " + counter.incrementAndGet();
		String slug = slug("main");
		this.fixtures.save(story(slug).title("Main story").desk(desk).published("2031-03-09T00:00:00Z"),
				story(slug("sibling")).title("Sibling story").desk(desk).published("2031-03-08T00:00:00Z"));
		Document page = Jsoup.parse(html("/articles/" + slug));
		assertThat(page.select("section.related h2").text()).isEqualTo("More from " + desk);
		assertThat(page.select("section.related .card-title a").eachText()).containsExactly("Sibling story");
	}

	@Test
	void storyPageAnswers304UntilTheStoryChanges() throws Exception {
		String slug = slug("etag");
		Article article = this.fixtures.save(story(slug).title("Cached")).get(0);
		String etag = this.mvc.perform(get("/articles/" + slug))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);
		assertThat(etag).startsWith("W/");
		this.mvc.perform(get("/articles/" + slug).header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isNotModified());
		article.setTitle("Cached and changed");
		this.fixtures.update(article);
		this.mvc.perform(get("/articles/" + slug).header(HttpHeaders.IF_NONE_MATCH, etag)).andExpect(status().isOk());
	}

	@Test
	void everyPageOffersFeedsAndACanonicalUrl() throws Exception {
		Document front = Jsoup.parse(html("/"));
		assertThat(front.select("link[rel=alternate][type=application/rss+xml]").attr("href"))
			.isEqualTo(BASE + "/rss.xml");
		assertThat(front.select("link[rel=alternate][type=application/atom+xml]").attr("href"))
			.isEqualTo(BASE + "/atom.xml");
		this.fixtures.save(story(slug("desk")).desk("Canon Desk"));
		Document desk = Jsoup.parse(html("/sections/canon-desk?page=1&utm_source=x"));
		assertThat(desk.select("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/sections/canon-desk");
		assertThat(desk.select("link[rel=alternate]").eachAttr("href")).contains(BASE + "/sections/canon-desk/rss.xml",
				BASE + "/sections/canon-desk/atom.xml");
	}

	@Test
	void searchPageMarksMatchesAndEscapesStoryText() throws Exception {
		String slug = slug("search-hostile");
		this.fixtures
			.save(story(slug).title(HOSTILE + " zebrafinch").html("<p>A zebrafinch &lt;i&gt;sang&lt;/i&gt;.</p>"));
		String html = html("/search?q=zebrafinch");
		assertThat(html).contains("&lt;/script&gt;&lt;b&gt;").doesNotContain("</script><b>");
		Document page = Jsoup.parse(html);
		assertThat(page.select("main .card-title a").attr("href")).isEqualTo("/articles/" + slug);
		assertThat(page.select("main .card-title mark").eachText()).containsExactly("zebrafinch");
		assertThat(page.select("main .card-summary mark").eachText()).containsExactly("zebrafinch");
		assertThat(page.select("main .card-summary").text()).contains("<i>sang</i>");
		assertThat(page.select("main i")).isEmpty();
		assertThat(page.select("#search-query").attr("value")).isEqualTo("zebrafinch");
	}

	@Test
	void searchPagesMayBeIndexedSoTheyPassSeoAudits() throws Exception {
		for (String path : List.of("/search", "/search?q=zebrafinch", "/search?q=nothing-matches-this")) {
			assertThat(Jsoup.parse(html(path)).select("meta[name=robots]")).as(path).isEmpty();
		}
	}

	@Test
	void searchPageHandlesEmptyHostileAndOverlongQueries() throws Exception {
		Document blank = Jsoup.parse(html("/search"));
		assertThat(blank.select("main .empty").text()).contains("Type a word");
		Document none = Jsoup.parse(html("/search?q=" + "%3Cscript%3Ealert(1)%3C/script%3E"));
		assertThat(none.select("main .empty").text()).contains("No story matches");
		assertThat(none.select("main script")).isEmpty();
		Document overlong = Jsoup.parse(html("/search?q=" + "a".repeat(600) + "&page=x"));
		assertThat(overlong.select("#search-query").attr("value")).hasSize(200);
		this.mvc.perform(get("/search").param("q", "title:(foo AND \"bar")).andExpect(status().isOk());
		this.mvc.perform(get("/search").param("q", "x").param("page", "-5")).andExpect(status().isOk());
	}

	@Test
	void searchResultsArePaginatedWithTheQueryKept() throws Exception {
		for (int i = 0; i < 12; i++) {
			this.fixtures.save(story(slug("kestrel")).title("Kestrel sighting " + i));
		}
		Document first = Jsoup.parse(html("/search?q=kestrel"));
		assertThat(first.select("main .card-title")).hasSize(10);
		assertThat(first.select("a[rel=next]").attr("href")).isEqualTo("/search?q=kestrel&page=2");
		Document second = Jsoup.parse(html("/search?q=kestrel&page=2"));
		assertThat(second.select("main .card-title")).hasSize(2);
		assertThat(second.select("a[rel=prev]").attr("href")).isEqualTo("/search?q=kestrel&page=1");
	}

	@Test
	void errorPagesOfferFeedsButNoCanonicalUrl() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/articles/no-such-story"))
				.header(HttpHeaders.ACCEPT, "text/html")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(404);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.select("link[rel=alternate]").eachAttr("href")).contains(BASE + "/rss.xml");
		assertThat(page.select("link[rel=canonical]")).isEmpty();
	}

	@Test
	void staticAssetsAreFingerprintedAndCachedForAYear() throws Exception {
		String css = Jsoup.parse(html("/")).select("link[rel=stylesheet]").attr("href");
		assertThat(css).matches("/css/site-[0-9a-f]{32}\\.css");
		String cacheControl = this.mvc.perform(get(css))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.CACHE_CONTROL);
		assertThat(cacheControl).contains("max-age=31536000").contains("public");
	}

	private String html(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	static String slug(String prefix) {
		return "pages-" + prefix + "-" + counter.incrementAndGet();
	}

}
