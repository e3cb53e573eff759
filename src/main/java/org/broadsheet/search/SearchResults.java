package org.broadsheet.search;

import java.util.List;

/**
 * One page of search results.
 *
 * @param query the cleaned query text, shown back in the search box
 * @param hits the stories on this page, best first
 * @param total how many public stories matched, exactly, or a lower bound when
 * {@code more}
 * @param more whether more than {@code total} matched (counting every match of a common
 * word would cost more than finding the best ones)
 * @param page the 1-based page number
 * @param totalPages how many pages there are
 */
public record SearchResults(String query, List<Hit> hits, long total, boolean more, int page, int totalPages) {

	static SearchResults none(String query) {
		return new SearchResults(query, List.of(), 0, false, 1, 0);
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
	 * @param story the story as a result shows it
	 * @param headline the headline with matched words marked
	 * @param snippet the best passage of the body, or the standfirst
	 */
	public record Hit(FoundStory story, Snippet headline, Snippet snippet) {

	}

}
