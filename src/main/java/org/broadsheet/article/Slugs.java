package org.broadsheet.article;

import java.text.Normalizer;
import java.util.Locale;

import org.springframework.modulith.NamedInterface;

/**
 * Lower-case URL slugs that keep Unicode letters: {@code South Korea} becomes
 * {@code south-korea}, {@code 서울} stays {@code 서울}. Other characters become one dash,
 * apostrophes nothing; but the symbols that tell names apart are spelled out where they
 * do: {@code +} and {@code #} right after a letter or digit ({@code C++} →
 * {@code c-plus-plus}, {@code C#} → {@code c-sharp}) and a dot that starts a name
 * ({@code .NET} → {@code dot-net}). A slug is its own slug, and at most
 * {@link #MAX_LENGTH} long.
 */
@NamedInterface("api")
public final class Slugs {

	/** The longest slug: what the desk, tag and author slug columns hold. */
	public static final int MAX_LENGTH = 400;

	private Slugs() {
	}

	public static String of(String name) {
		if (name == null) {
			return "";
		}
		String normalized = Normalizer.normalize(name.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
		StringBuilder slug = new StringBuilder(normalized.length());
		boolean dash = false;
		boolean afterWord = false;
		for (int i = 0; i < normalized.length();) {
			int cp = normalized.codePointAt(i);
			i += Character.charCount(cp);
			String spelled = spelled(cp, afterWord,
					i == 1 && i < normalized.length() && Character.isLetterOrDigit(normalized.codePointAt(i)));
			if (spelled != null) {
				slug.append((slug.length() > 0) ? "-" : "").append(spelled);
				dash = true;
				afterWord = true;
			}
			else if (isWordPart(cp)) {
				if (dash && slug.length() > 0) {
					slug.append('-');
				}
				slug.appendCodePoint(cp);
				dash = false;
				afterWord = true;
			}
			else {
				dash = dash || (cp != '\'' && cp != '\u2019');
				afterWord = false;
			}
		}
		return cut(slug);
	}

	/** At most {@link #MAX_LENGTH} UTF-16 units, cut between characters and words. */
	private static String cut(StringBuilder slug) {
		if (slug.length() <= MAX_LENGTH) {
			return slug.toString();
		}
		int end = MAX_LENGTH;
		if (Character.isLowSurrogate(slug.charAt(end))) {
			end--;
		}
		while (end > 0 && (slug.charAt(end - 1) == '-'
				|| Character.getType(slug.codePointAt(end)) == Character.NON_SPACING_MARK)) {
			end--;
		}
		return slug.substring(0, end);
	}

	private static boolean isWordPart(int cp) {
		return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
				|| Character.getType(cp) == Character.COMBINING_SPACING_MARK;
	}

	/** How a symbol is spelled in a slug, or {@code null} when it is not. */
	private static String spelled(int cp, boolean afterWord, boolean startsName) {
		if (cp == '+' && afterWord) {
			return "plus";
		}
		if (cp == '#' && afterWord) {
			return "sharp";
		}
		return (cp == '.' && startsName) ? "dot" : null;
	}

}
