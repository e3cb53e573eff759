package org.broadsheet.feed;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.broadsheet.article.Article;
import org.broadsheet.article.Author;
import org.broadsheet.article.Tag;
import org.broadsheet.web.SiteProperties;

import org.springframework.stereotype.Component;

/**
 * Writes a {@link Feed} as RSS 2.0, with the full story in {@code content:encoded} and
 * bylines as {@code dc:creator} (RSS's own {@code author} element wants an email address,
 * which a feed never carries). Readers render RSS text elements as HTML, so plain text is
 * escaped as HTML text ({@link FeedContent#text}) before the XML escaping.
 */
@Component
class RssWriter {

	static final String CONTENT_TYPE = "application/rss+xml;charset=UTF-8";

	private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

	private final SiteLinks links;

	private final SiteProperties site;

	RssWriter(SiteLinks links, SiteProperties site) {
		this.links = links;
		this.site = site;
	}

	byte[] write(Feed feed) {
		XmlDocument xml = new XmlDocument().start("rss")
			.attribute("version", "2.0")
			.namespace("atom", "http://www.w3.org/2005/Atom")
			.namespace("content", "http://purl.org/rss/1.0/modules/content/")
			.namespace("dc", "http://purl.org/dc/elements/1.1/");
		xml.start("channel")
			.element("title", FeedContent.text(feed.title()))
			.element("link", feed.pageUrl())
			.element("description", FeedContent.text(feed.title()))
			.element("language", this.site.language())
			.element("lastBuildDate", date(feed.updated()))
			.element("generator", "Broadsheet");
		xml.start("atom:link")
			.attribute("href", feed.rssUrl())
			.attribute("rel", "self")
			.attribute("type", "application/rss+xml")
			.end();
		for (Article story : feed.stories()) {
			item(xml, story);
		}
		return xml.end().end().finish();
	}

	private void item(XmlDocument xml, Article story) {
		String url = this.links.article(story.getSlug());
		xml.start("item")
			.element("title", FeedContent.text(story.getTitle()))
			.element("link", url)
			.start("guid")
			.attribute("isPermaLink", "true")
			.text(url)
			.end()
			.element("pubDate", date(story.getPublishedAt()));
		for (Author author : story.getAuthors()) {
			xml.element("dc:creator", FeedContent.text(author.name()));
		}
		if (story.getDesk() != null && story.getDesk().name() != null) {
			xml.element("category", FeedContent.text(story.getDesk().name()));
		}
		for (Tag tag : story.getTags()) {
			xml.element("category", FeedContent.text(tag.name()));
		}
		xml.element("description", FeedContent.text(story.getSummary()))
			.element("content:encoded", FeedContent.absoluteHtml(story.getHtml(), url))
			.end();
	}

	static String date(Instant instant) {
		return RFC_822.format(instant);
	}

}
