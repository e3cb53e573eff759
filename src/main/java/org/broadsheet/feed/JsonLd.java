package org.broadsheet.feed;

import tools.jackson.databind.json.JsonMapper;

/**
 * Serializes structured data for a {@code <script type="application/ld+json">} element.
 * The JSON library does the quoting; then every character that could end the script
 * element or confuse an HTML parser ({@code <}, {@code >}, {@code &}) and the line
 * separators U+2028/U+2029 become JSON {@code \}{@code u} escapes, which mean the same to
 * a JSON parser. So a headline like {@code </script><b>} stays data.
 */
final class JsonLd {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private JsonLd() {
	}

	static String write(Object data) {
		String json = MAPPER.writeValueAsString(data);
		StringBuilder safe = new StringBuilder(json.length() + 16);
		for (int i = 0; i < json.length(); i++) {
			char c = json.charAt(i);
			switch (c) {
				case '<' -> safe.append("\\u003c");
				case '>' -> safe.append("\\u003e");
				case '&' -> safe.append("\\u0026");
				case '\u2028' -> safe.append("\\u2028");
				case '\u2029' -> safe.append("\\u2029");
				default -> safe.append(c);
			}
		}
		return safe.toString();
	}

}
