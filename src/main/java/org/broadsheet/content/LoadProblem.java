package org.broadsheet.content;

/**
 * A story file that was skipped, or loaded with a warning.
 *
 * @param path the file, as configured (e.g. {@code content/world/story.md})
 * @param line the 1-based line, 0 when unknown
 * @param reason what is wrong, in words a newsroom can act on
 */
public record LoadProblem(String path, int line, String reason) {

	/** The path with the line when known: {@code content/x.md line 4}. */
	public String where() {
		return (this.line > 0) ? this.path + " line " + this.line : this.path;
	}

}
