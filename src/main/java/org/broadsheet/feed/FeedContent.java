package org.broadsheet.feed;

import org.broadsheet.content.StorySafelist;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * What goes into a feed as feed readers read it. Story HTML passes the story page's own
 * sanitizer ({@link StorySafelist}) once more, with its links and images made absolute,
 * because a feed reader has no page to resolve {@code /media/...} against (and without
 * the page's {@code srcset}, whose width copies are for browsers). Plain text (titles,
 * summaries, bylines, desks and tags) goes into RSS elements that readers render as HTML,
 * so it is escaped as HTML text first: a headline like {@code <embed src=...>} shows as
 * those characters, never as an element.
 */
final class FeedContent {

	private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

	private FeedContent() {
	}

	static String absoluteHtml(String html, String pageUrl) {
		if (html == null || html.isBlank()) {
			return "";
		}
		Document clean = Jsoup.parseBodyFragment(Jsoup.clean(html, pageUrl, StorySafelist.create(), COMPACT), pageUrl);
		// the page's width copies are relative and for browsers: a feed reader takes src
		clean.select("img").removeAttr("srcset").removeAttr("sizes").removeAttr("loading");
		clean.outputSettings(COMPACT);
		return clean.body().html();
	}

	/** Plain text as HTML that shows exactly that text. */
	static String text(String plain) {
		if (plain == null) {
			return "";
		}
		StringBuilder html = new StringBuilder(plain.length() + 16);
		for (int i = 0; i < plain.length(); i++) {
			char c = plain.charAt(i);
			switch (c) {
				case '&' -> html.append("&amp;");
				case '<' -> html.append("&lt;");
				case '>' -> html.append("&gt;");
				default -> html.append(c);
			}
		}
		return html.toString();
	}

}
