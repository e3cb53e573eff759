package org.broadsheet.search;

import java.util.List;

/**
 * A piece of story text with the words that matched marked. Templates print each segment
 * with {@code th:text} (marked ones inside {@code <mark>}), so no story or query text is
 * ever rendered as markup.
 *
 * @param segments the text in order
 */
public record Snippet(List<Segment> segments) {

	static Snippet plain(String text) {
		return new Snippet((text == null || text.isEmpty()) ? List.of() : List.of(new Segment(text, false)));
	}

	public boolean isEmpty() {
		return this.segments.isEmpty();
	}

	/** The text without marks. */
	public String text() {
		StringBuilder text = new StringBuilder();
		this.segments.forEach((segment) -> text.append(segment.text()));
		return text.toString();
	}

	/**
	 * A run of text.
	 *
	 * @param text the characters, unescaped
	 * @param marked whether it matched the query
	 */
	public record Segment(String text, boolean marked) {

	}

}
