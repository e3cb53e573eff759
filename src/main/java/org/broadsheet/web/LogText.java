package org.broadsheet.web;

/**
 * Makes a value that a reader, an editor or a file name controls safe to put into a log
 * line: line breaks, other control characters and the invisible characters that reorder
 * or hide text (bidi overrides, zero-width marks) become visible escapes, so a value can
 * never start a forged log line or disguise one. A backslash is doubled, so an escape
 * typed into the value cannot pass for one made here.
 */
public final class LogText {

	private LogText() {
	}

	public static String escape(Object value) {
		String text = String.valueOf(value);
		StringBuilder safe = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			String replacement = replacement(c);
			if (replacement != null && safe == null) {
				safe = new StringBuilder(text.length() + 16).append(text, 0, i);
			}
			if (safe != null) {
				safe.append((replacement != null) ? replacement : String.valueOf(c));
			}
		}
		return (safe != null) ? safe.toString() : text;
	}

	private static String replacement(char c) {
		return switch (c) {
			case '\n' -> "\\n";
			case '\r' -> "\\r";
			case '\t' -> "\\t";
			case '\\' -> "\\\\";
			default -> hidden(c) ? String.format("\\u%04X", (int) c) : null;
		};
	}

	private static boolean hidden(char c) {
		int type = Character.getType(c);
		return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
				|| type == Character.PARAGRAPH_SEPARATOR;
	}

}
