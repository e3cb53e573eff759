package org.broadsheet.search;

import java.time.Instant;

import org.broadsheet.article.Desk;

/**
 * What a search result shows of a story, read as one row without the story's text: the
 * Markdown and HTML of ten long stories cost more to read than the rest of the page.
 *
 * @param id the story id
 * @param slug the story's address
 * @param title the headline
 * @param summary the standfirst, or {@code null}
 * @param lang the story's language
 * @param publishedAt when it was published
 * @param desk its desk, or {@code null}
 */
public record FoundStory(Long id, String slug, String title, String summary, String lang, Instant publishedAt,
		Desk desk) {

}
