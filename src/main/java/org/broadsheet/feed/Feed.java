package org.broadsheet.feed;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.broadsheet.article.Article;

/**
 * A feed of the newest public stories, as RSS and Atom share it.
 *
 * @param title the feed title, e.g. "Broadsheet: World"
 * @param pageUrl the HTML page the feed mirrors
 * @param rssUrl the absolute URL of the RSS form
 * @param atomUrl the absolute URL of the Atom form
 * @param stories the stories, newest first, with bylines and tags loaded
 */
record Feed(String title, String pageUrl, String rssUrl, String atomUrl, List<Article> stories) {

	/** When any story in the feed was last published or updated. */
	Instant updated() {
		return this.stories.stream()
			.map(Feed::lastModified)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(Instant.EPOCH);
	}

	static Instant lastModified(Article story) {
		Instant updated = story.getUpdatedAt();
		return (updated != null && updated.isAfter(story.getPublishedAt())) ? updated : story.getPublishedAt();
	}

}
