package org.broadsheet.content;

import java.nio.charset.StandardCharsets;

/**
 * File and folder names the editor makes from slugs, cut to fit the file system: most
 * allow 255 bytes a name, and a slug of 200 Korean or rare CJK letters takes 600 to 800
 * bytes in UTF-8. A name is cut between characters and never ends in a dash.
 */
final class FileNames {

	/** Bytes left for a name, with room for a {@code -99} counter and {@code .md}. */
	static final int MAX_BYTES = 240;

	private FileNames() {
	}

	static String fit(String name) {
		if (name.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
			return name;
		}
		StringBuilder fitted = new StringBuilder();
		int bytes = 0;
		for (int i = 0; i < name.length();) {
			int cp = name.codePointAt(i);
			int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
			if (bytes + size > MAX_BYTES) {
				break;
			}
			fitted.appendCodePoint(cp);
			bytes += size;
			i += Character.charCount(cp);
		}
		while (fitted.length() > 0 && fitted.charAt(fitted.length() - 1) == '-') {
			fitted.setLength(fitted.length() - 1);
		}
		return fitted.toString();
	}

}
