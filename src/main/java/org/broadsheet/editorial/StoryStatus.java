package org.broadsheet.editorial;

import java.time.Instant;

import org.broadsheet.article.Article;

/**
 * Where a story stands, computed from its flags and the clock: a scheduled story becomes
 * published by itself when its date comes.
 */
enum StoryStatus {

	PUBLISHED, SCHEDULED, DRAFT, TRASH;

	static StoryStatus of(Article article, Instant now) {
		if (article.isRemoved()) {
			return TRASH;
		}
		if (article.isDraft()) {
			return DRAFT;
		}
		return article.getPublishedAt().isAfter(now) ? SCHEDULED : PUBLISHED;
	}

	String key() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
