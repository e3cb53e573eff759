package org.broadsheet.search;

import java.util.List;

import org.broadsheet.article.Article;

/**
 * One page of search results.
 *
 * @param query the cleaned query text, shown back in the search box
 * @param hits the stories on this page, best first
 * @param total how many public stories matched
 * @param page the 1-based page number
 * @param totalPages how many pages there are
 */
public record SearchResults(String query, List<Hit> hits, long total, int page, int totalPages) {

	static SearchResults none(String query) {
		return new SearchResults(query, List.of(), 0, 1, 0);
	}

	/** Whether the reader asked for anything at all. */
	public boolean isBlank() {
		return this.query.isEmpty();
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < this.totalPages;
	}

	/**
	 * A story that matched.
	 *
	 * @param article the story (desk and bylines loaded)
	 * @param headline the headline with matched words marked
	 * @param snippet the best passage of the body, or the standfirst
	 */
	public record Hit(Article article, Snippet headline, Snippet snippet) {

	}

}
