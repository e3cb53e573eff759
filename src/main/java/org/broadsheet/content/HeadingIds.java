package org.broadsheet.content;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * GitHub-style heading ids for one document: lower case, punctuation dropped, spaces
 * become hyphens, letters of every script kept ({@code 배경} stays {@code 배경}). Repeats and
 * reserved page ids get {@code -1}, {@code -2}, ...
 */
class HeadingIds {

	private static final int MAX_LENGTH = 200;

	private final Set<String> used = new HashSet<>();

	String next(String text) {
		String base = slug(text);
		String id = base;
		for (int n = 1; this.used.contains(id) || ReservedIds.isReserved(id); n++) {
			id = base + "-" + n;
		}
		this.used.add(id);
		return id;
	}

	static String slug(String text) {
		String lower = text.strip().toLowerCase(Locale.ROOT);
		StringBuilder id = new StringBuilder(lower.length());
		for (int i = 0; i < lower.length() && id.length() < MAX_LENGTH;) {
			int cp = lower.codePointAt(i);
			i += Character.charCount(cp);
			if (Character.isWhitespace(cp) || cp == '-') {
				id.append('-');
			}
			else if (Character.isLetterOrDigit(cp) || cp == '_' || isMark(cp)) {
				id.appendCodePoint(cp);
			}
		}
		return id.isEmpty() ? "section" : id.toString();
	}

	private static boolean isMark(int cp) {
		int type = Character.getType(cp);
		return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
				|| type == Character.ENCLOSING_MARK;
	}

}
