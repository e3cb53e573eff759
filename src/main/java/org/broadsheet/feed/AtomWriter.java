package org.broadsheet.feed;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.broadsheet.article.Article;
import org.broadsheet.article.Author;
import org.broadsheet.article.Tag;
import org.broadsheet.web.SiteProperties;

import org.springframework.stereotype.Component;

/**
 * Writes a {@link Feed} as Atom 1.0 (RFC 4287): RFC 3339 dates, the story as escaped HTML
 * content, the standfirst as a text summary.
 */
@Component
class AtomWriter {

	static final String CONTENT_TYPE = "application/atom+xml;charset=UTF-8";

	private final SiteLinks links;

	private final SiteProperties site;

	AtomWriter(SiteLinks links, SiteProperties site) {
		this.links = links;
		this.site = site;
	}

	byte[] write(Feed feed) {
		XmlDocument xml = new XmlDocument().start("feed")
			.namespace("", "http://www.w3.org/2005/Atom")
			.attribute("xml:lang", this.site.language())
			.element("id", feed.atomUrl())
			.start("title")
			.attribute("type", "text")
			.text(feed.title())
			.end()
			.element("updated", date(feed.updated()));
		link(xml, "self", "application/atom+xml", feed.atomUrl());
		link(xml, "alternate", "text/html", feed.pageUrl());
		xml.start("author").element("name", this.site.name()).element("uri", this.links.home()).end();
		xml.start("generator").text("Broadsheet").end();
		for (Article story : feed.stories()) {
			entry(xml, story);
		}
		return xml.end().finish();
	}

	private void entry(XmlDocument xml, Article story) {
		String url = this.links.article(story.getSlug());
		xml.start("entry");
		if (story.getLang() != null && !story.getLang().isBlank()) {
			xml.attribute("xml:lang", story.getLang());
		}
		xml.element("id", url).start("title").attribute("type", "text").text(story.getTitle()).end();
		link(xml, "alternate", "text/html", url);
		xml.element("published", date(story.getPublishedAt())).element("updated", date(Feed.lastModified(story)));
		for (Author author : story.getAuthors()) {
			xml.start("author").element("name", author.name()).element("uri", this.links.author(author.slug())).end();
		}
		if (story.getDesk() != null && story.getDesk().slug() != null) {
			category(xml, story.getDesk().slug(), story.getDesk().name(), this.links.desk(""));
		}
		for (Tag tag : story.getTags()) {
			category(xml, tag.slug(), tag.name(), this.links.tag(""));
		}
		if (story.getSummary() != null && !story.getSummary().isBlank()) {
			xml.start("summary").attribute("type", "text").text(story.getSummary()).end();
		}
		xml.start("content").attribute("type", "html").text(FeedContent.absoluteHtml(story.getHtml(), url)).end().end();
	}

	private static void link(XmlDocument xml, String rel, String type, String href) {
		xml.start("link").attribute("rel", rel).attribute("type", type).attribute("href", href).end();
	}

	private static void category(XmlDocument xml, String term, String label, String scheme) {
		xml.start("category").attribute("term", term).attribute("label", label).attribute("scheme", scheme).end();
	}

	static String date(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}

}
