package org.broadsheet.article;

import java.text.Normalizer;
import java.util.Locale;

import org.springframework.modulith.NamedInterface;

/**
 * Lower-case URL slugs that keep Unicode letters: {@code South Korea} becomes
 * {@code south-korea}, {@code 서울} stays {@code 서울}.
 */
@NamedInterface("api")
public final class Slugs {

	private Slugs() {
	}

	public static String of(String name) {
		if (name == null) {
			return "";
		}
		String normalized = Normalizer.normalize(name.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
		StringBuilder slug = new StringBuilder(normalized.length());
		boolean dash = false;
		for (int i = 0; i < normalized.length();) {
			int cp = normalized.codePointAt(i);
			i += Character.charCount(cp);
			if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
					|| Character.getType(cp) == Character.COMBINING_SPACING_MARK) {
				if (dash && slug.length() > 0) {
					slug.append('-');
				}
				slug.appendCodePoint(cp);
				dash = false;
			}
			else if (cp != '\'' && cp != '\u2019') {
				dash = true;
			}
		}
		return slug.toString();
	}

}
