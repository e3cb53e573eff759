package org.broadsheet.content;

/**
 * Where a story's Markdown is nested deepest, to name the line when the renderer runs out
 * of stack on it: quotes ({@code >}), list markers and indentation at the start of a
 * line, or the longest run of emphasis, link or code openers within it.
 */
final class DeepNesting {

	static final String REASON = "Markdown nested too deeply to render (quotes, lists, links or emphasis); "
			+ "nest less than a hundred levels";

	private static final String OPENERS = "*_[(`~<";

	private DeepNesting() {
	}

	/** The 1-based line of the deepest nesting, 1 for an empty text. */
	static int deepestLine(String text) {
		int deepest = 1;
		int most = -1;
		int number = 0;
		for (String line : text.split("\n", -1)) {
			number++;
			int depth = depth(line);
			if (depth > most) {
				most = depth;
				deepest = number;
			}
		}
		return deepest;
	}

	private static int depth(String line) {
		int prefix = 0;
		int i = 0;
		for (; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '>'
					|| ((c == '-' || c == '+' || c == '*') && i + 1 < line.length() && line.charAt(i + 1) == ' ')) {
				prefix += 2; // a quote or a list item opened on this line
			}
			else if (c == ' ') {
				prefix += 1;
			}
			else if (c == '\t') {
				prefix += 4;
			}
			else {
				break;
			}
		}
		int run = 0;
		int longest = 0;
		for (; i < line.length(); i++) {
			run = (OPENERS.indexOf(line.charAt(i)) >= 0) ? run + 1 : 0;
			longest = Math.max(longest, run);
		}
		return Math.max(prefix / 2, longest);
	}

}
