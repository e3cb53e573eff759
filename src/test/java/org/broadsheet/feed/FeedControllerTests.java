package org.broadsheet.feed;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.broadsheet.article.Article;
import org.broadsheet.search.StoryFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.feed.XmlAssert.ATOM;
import static org.broadsheet.feed.XmlAssert.CONTENT;
import static org.broadsheet.feed.XmlAssert.DC;
import static org.broadsheet.feed.XmlAssert.child;
import static org.broadsheet.feed.XmlAssert.children;
import static org.broadsheet.feed.XmlAssert.text;
import static org.broadsheet.feed.XmlAssert.texts;
import static org.broadsheet.search.StoryFixtures.story;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DiscoveryTest
class FeedControllerTests extends DiscoveryWebTests {

	static final String HOSTILE = "Tom & \"Jerry\" </script><b>";

	private static final AtomicInteger counter = new AtomicInteger();

	String desk;

	@BeforeEach
	void setUp() {
		this.desk = "Feeds Desk " + counter.incrementAndGet();
	}

	@Test
	void rssListsPublicStoriesWithEveryElement() throws Exception {
		this.fixtures.save(story(slug("rss")).title("Harbour reopens")
			.summary("Ships return.")
			.html("<p>Body <img src=\"/media/port.jpg\" alt=\"Port\"> text.</p>")
			.authors("Min-ji Kim", "Ana Souza")
			.desk(this.desk)
			.tags("Ports", "Trade")
			.published("2031-03-10T08:30:00Z"));
		MvcResult result = this.mvc.perform(get(deskPath() + "/rss.xml")).andExpect(status().isOk()).andReturn();
		assertThat(result.getResponse().getContentType()).isEqualTo("application/rss+xml;charset=UTF-8");
		Document doc = XmlAssert.parse(result.getResponse().getContentAsByteArray());
		Element rss = doc.getDocumentElement();
		assertThat(rss.getAttribute("version")).isEqualTo("2.0");
		Element channel = child(rss, null, "channel");
		assertThat(text(channel, null, "title")).isEqualTo("Broadsheet: " + this.desk);
		assertThat(child(channel, ATOM, "link").getAttribute("href")).endsWith(deskPath() + "/rss.xml");
		List<Element> items = children(channel, null, "item");
		assertThat(items).hasSize(1);
		Element item = items.get(0);
		String url = "https://news.example.org/articles/" + slugOf(item);
		assertThat(text(item, null, "title")).isEqualTo("Harbour reopens");
		assertThat(text(item, null, "link")).isEqualTo(url);
		assertThat(text(item, null, "guid")).isEqualTo(url);
		assertThat(ZonedDateTime.parse(text(item, null, "pubDate"), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant())
			.isEqualTo(Instant.parse("2031-03-10T08:30:00Z"));
		assertThat(texts(item, DC, "creator")).containsExactly("Min-ji Kim", "Ana Souza");
		assertThat(texts(item, null, "category")).containsExactly(this.desk, "Ports", "Trade");
		assertThat(text(item, null, "description")).isEqualTo("Ships return.");
		assertThat(text(item, CONTENT, "encoded")).contains("src=\"https://news.example.org/media/port.jpg\"");
	}

	@Test
	void atomHasIdsLinksAndRfc3339Dates() throws Exception {
		this.fixtures.save(story(slug("atom")).title("Atom story")
			.summary("Standfirst")
			.html("<p>Full <em>text</em></p>")
			.authors("Lee Jae-myung")
			.desk(this.desk)
			.lang("ko")
			.published("2031-03-09T23:00:00Z")
			.updated("2031-03-10T01:00:00Z"));
		MvcResult result = this.mvc.perform(get(deskPath() + "/atom.xml")).andExpect(status().isOk()).andReturn();
		assertThat(result.getResponse().getContentType()).isEqualTo("application/atom+xml;charset=UTF-8");
		Element feed = XmlAssert.parse(result.getResponse().getContentAsByteArray()).getDocumentElement();
		assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
		assertThat(text(feed, ATOM, "id")).isEqualTo("https://news.example.org" + deskPath() + "/atom.xml");
		assertThat(Instant.parse(text(feed, ATOM, "updated"))).isEqualTo("2031-03-10T01:00:00Z");
		Element entry = child(feed, ATOM, "entry");
		assertThat(entry.getAttribute("xml:lang")).isEqualTo("ko");
		assertThat(text(entry, ATOM, "title")).isEqualTo("Atom story");
		String href = child(entry, ATOM, "link").getAttribute("href");
		assertThat(href).startsWith("https://news.example.org/articles/atom-");
		assertThat(text(entry, ATOM, "id")).isEqualTo(href);
		assertThat(Instant.parse(text(entry, ATOM, "published"))).isEqualTo("2031-03-09T23:00:00Z");
		assertThat(Instant.parse(text(entry, ATOM, "updated"))).isEqualTo("2031-03-10T01:00:00Z");
		assertThat(text(child(entry, ATOM, "author"), ATOM, "name")).isEqualTo("Lee Jae-myung");
		assertThat(text(entry, ATOM, "summary")).isEqualTo("Standfirst");
		assertThat(child(entry, ATOM, "content").getAttribute("type")).isEqualTo("html");
		assertThat(text(entry, ATOM, "content")).isEqualTo("<p>Full <em>text</em></p>");
	}

	@Test
	void hostileHeadlineShowsAsTextInBothFeeds() throws Exception {
		this.fixtures.save(
				story(slug("hostile")).title(HOSTILE + "\u0001").summary("a < b & c").html("<p>x</p>").desk(this.desk));
		for (String kind : List.of("/rss.xml", "/atom.xml")) {
			byte[] body = this.mvc.perform(get(deskPath() + kind)).andReturn().getResponse().getContentAsByteArray();
			String raw = new String(body, java.nio.charset.StandardCharsets.UTF_8);
			assertThat(raw).doesNotContain("</script>").contains("/script&").contains("Tom &amp;");
			Document doc = XmlAssert.parse(body);
			String title = doc.getElementsByTagNameNS("*", "title").item(1).getTextContent();
			if (kind.equals("/rss.xml")) {
				title = org.jsoup.Jsoup.parseBodyFragment(title).body().wholeText();
			}
			assertThat(title).as("the title as a reader shows it").isEqualTo(HOSTILE);
		}
	}

	@Test
	void draftsScheduledAndRemovedStoriesNeverAppear() throws Exception {
		this.fixtures.save(story(slug("public")).title("Visible").desk(this.desk).published("2031-03-01T00:00:00Z"),
				story(slug("draft")).title("Draft").desk(this.desk).draft(),
				story(slug("removed")).title("Removed").desk(this.desk).removed(),
				story(slug("scheduled")).title("Scheduled").desk(this.desk).published("2031-03-11T00:00:00Z"));
		assertThat(rssTitles(deskPath())).containsExactly("Visible");
		this.clock.advance(Duration.ofDays(1));
		assertThat(rssTitles(deskPath())).containsExactly("Scheduled", "Visible");
	}

	@Test
	void feedsCarryTheNewestTwentyNewestFirst() throws Exception {
		for (int i = 0; i < 23; i++) {
			this.fixtures.save(story(slug("n" + i)).title("Story " + i)
				.desk(this.desk)
				.published(Instant.parse("2031-01-01T00:00:00Z").plus(Duration.ofHours(i)).toString()));
		}
		List<String> titles = rssTitles(deskPath());
		assertThat(titles).hasSize(20).startsWith("Story 22", "Story 21").endsWith("Story 3");
	}

	@Test
	void tagFeedHoldsOnlyThatTagAndUnicodeTagsWork() throws Exception {
		String tag = "서울" + counter.incrementAndGet();
		this.fixtures.save(story(slug("tagged")).title("Tagged").tags(tag), story(slug("untagged")).title("Other"));
		String path = "/tags/" + tag + "/rss.xml";
		assertThat(titles(this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn()))
			.containsExactly("Tagged");
		this.mvc.perform(get("/tags/" + tag + "/atom.xml")).andExpect(status().isOk());
	}

	@Test
	void siteFeedsIncludeNewStories() throws Exception {
		this.fixtures.save(story(slug("site")).title("Front page news").published("2031-03-10T11:59:00Z"));
		assertThat(titles(this.mvc.perform(get("/rss.xml")).andExpect(status().isOk()).andReturn()))
			.contains("Front page news");
		this.mvc.perform(get("/atom.xml")).andExpect(status().isOk());
	}

	@Test
	void unknownDeskOrTagHasNoFeed() throws Exception {
		this.mvc.perform(get("/sections/no-such-desk/rss.xml")).andExpect(status().isNotFound());
		this.mvc.perform(get("/tags/no-such-tag/atom.xml")).andExpect(status().isNotFound());
		this.fixtures.save(story(slug("only-draft")).title("Draft").desk("Hidden Desk").draft());
		this.mvc.perform(get("/sections/hidden-desk/rss.xml")).andExpect(status().isNotFound());
	}

	private List<String> rssTitles(String page) throws Exception {
		return titles(this.mvc.perform(get(page + "/rss.xml")).andExpect(status().isOk()).andReturn());
	}

	private static List<String> titles(MvcResult result) throws Exception {
		Element channel = child(XmlAssert.parse(result.getResponse().getContentAsByteArray()).getDocumentElement(),
				null, "channel");
		return children(channel, null, "item").stream().map((item) -> text(item, null, "title")).toList();
	}

	private String deskPath() {
		return "/sections/" + org.broadsheet.article.Slugs.of(this.desk);
	}

	private static String slugOf(Element item) {
		String link = text(item, null, "link");
		return link.substring(link.lastIndexOf('/') + 1);
	}

	static String slug(String prefix) {
		return prefix + "-" + counter.incrementAndGet();
	}

	static List<Article> none() {
		return List.of();
	}

}
