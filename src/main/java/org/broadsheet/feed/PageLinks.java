package org.broadsheet.feed;

import java.util.List;

/**
 * Links every public page puts in its head: its canonical URL and the feeds a reader of
 * it may subscribe to (the site's, plus the desk's or tag's on those pages).
 *
 * @param canonical the absolute canonical URL of the page, {@code null} on error pages
 * @param feeds alternate feed links
 */
public record PageLinks(String canonical, List<Alternate> feeds) {

	/**
	 * A {@code <link rel="alternate">} to a feed.
	 *
	 * @param type the media type
	 * @param title the feed title
	 * @param href the absolute feed URL
	 */
	public record Alternate(String type, String title, String href) {

	}

}
