package org.broadsheet.feed;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The story HTML as feed readers need it: the stored, already sanitized HTML with its
 * links and images made absolute, because a feed reader has no page to resolve
 * {@code /media/...} against.
 */
final class FeedContent {

	private FeedContent() {
	}

	static String absoluteHtml(String html, String pageUrl) {
		if (html == null || html.isBlank()) {
			return "";
		}
		Document doc = Jsoup.parseBodyFragment(html, pageUrl);
		for (Element element : doc.select("[href], [src]")) {
			for (String attribute : new String[] { "href", "src" }) {
				if (element.hasAttr(attribute)) {
					String absolute = element.absUrl(attribute);
					if (!absolute.isEmpty()) {
						element.attr(attribute, absolute);
					}
				}
			}
		}
		doc.outputSettings().prettyPrint(false);
		return doc.body().html();
	}

}
