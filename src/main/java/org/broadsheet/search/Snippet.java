package org.broadsheet.search;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * A piece of story text with the words that matched marked. Templates print it as
 * {@link #html()}: every character of story or query text escaped, the only markup the
 * {@code <mark>} around matched words, so no story or query text is ever rendered as
 * markup.
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

	/**
	 * The text as HTML: escaped as Thymeleaf's {@code th:text} escapes it, matched words
	 * inside {@code <mark>}. Built here once rather than by the template segment by
	 * segment (that loop was a quarter of a search page's CPU).
	 */
	public String html() {
		StringBuilder html = new StringBuilder();
		for (Segment segment : this.segments) {
			if (segment.marked()) {
				html.append("<mark>");
			}
			html.append(HtmlUtils.htmlEscape(segment.text(), StandardCharsets.UTF_8.name()));
			if (segment.marked()) {
				html.append("</mark>");
			}
		}
		return html.toString();
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
