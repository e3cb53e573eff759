package org.broadsheet.content;

import java.util.List;

import org.broadsheet.article.Heading;

/**
 * A story body rendered at load time.
 *
 * @param html sanitized HTML, safe for {@code th:utext}
 * @param headings the section headings (h2 to h6) in document order, with their ids
 * @param wordCount words of running text, for the reading time
 */
public record RenderedMarkdown(String html, List<Heading> headings, int wordCount) {

	public RenderedMarkdown {
		headings = List.copyOf(headings);
	}

}
