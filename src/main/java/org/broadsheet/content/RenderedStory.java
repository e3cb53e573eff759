package org.broadsheet.content;

/**
 * A story file parsed and rendered, ready to store.
 *
 * @param file the file it came from
 * @param parsed its front matter and Markdown body
 * @param rendered the sanitized HTML with headings and word count
 */
record RenderedStory(StoryFile file, ParsedStory parsed, RenderedMarkdown rendered) {

	FrontMatter meta() {
		return this.parsed.meta();
	}

}
