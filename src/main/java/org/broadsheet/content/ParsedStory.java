package org.broadsheet.content;

import java.util.List;

/**
 * A story file split into its checked front matter and its Markdown body.
 *
 * @param meta the front matter
 * @param body the Markdown after the front matter
 * @param warnings problems that do not stop the story from loading
 */
record ParsedStory(FrontMatter meta, String body, List<Warning> warnings) {

	/** A problem worth a WARN line that does not stop the story. */
	record Warning(int line, String reason) {
	}

}
