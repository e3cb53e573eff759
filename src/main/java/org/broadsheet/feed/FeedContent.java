package org.broadsheet.feed;

import org.broadsheet.content.StorySafelist;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * What goes into a feed as feed readers read it. Story HTML passes the story page's own
 * sanitizer ({@link StorySafelist}) once more, with its links and images made absolute,
 * because a feed reader has no page to resolve {@code /media/...} against. Plain text
 * (titles, summaries, bylines, desks and tags) goes into RSS elements that readers render
 * as HTML, so it is escaped as HTML text first: a headline like {@code <embed src=...>}
 * shows as those characters, never as an element.
 */
final class FeedContent {

	private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

	private FeedContent() {
	}

	static String absoluteHtml(String html, String pageUrl) {
		if (html == null || html.isBlank()) {
			return "";
		}
		return Jsoup.clean(html, pageUrl, StorySafelist.create(), COMPACT);
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
