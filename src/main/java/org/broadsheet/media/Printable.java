package org.broadsheet.media;

/**
 * Text fit for one log line: control characters escaped, so a file name cannot forge one.
 */
final class Printable {

	private Printable() {
	}

	static String of(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints()
			.forEach(
					(c) -> out.append(Character.isISOControl(c) ? String.format("\\u%04x", c) : Character.toString(c)));
		return out.toString();
	}

}
