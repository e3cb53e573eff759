package org.broadsheet.web;

import java.util.Locale;
import java.util.Set;

/**
 * The writing direction of a language, for the page's {@code dir} attribute: Arabic,
 * Hebrew, Persian, Urdu and the other right-to-left languages (or any language written in
 * a right-to-left script) read right to left.
 */
public final class TextDirection {

	private static final Set<String> RTL_LANGUAGES = Set.of("ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "nqo",
			"prs", "ps", "sd", "syr", "ug", "ur", "yi");

	private static final Set<String> RTL_SCRIPTS = Set.of("Adlm", "Arab", "Hebr", "Mand", "Nkoo", "Rohg", "Samr",
			"Syrc", "Thaa");

	/**
	 * {@code "rtl"} for a right-to-left language tag, else {@code null} (no attribute).
	 */
	public String of(String languageTag) {
		if (languageTag == null || languageTag.isBlank()) {
			return null;
		}
		Locale locale = Locale.forLanguageTag(languageTag.strip());
		String script = locale.getScript();
		if (!script.isEmpty()) {
			return RTL_SCRIPTS.contains(script) ? "rtl" : null;
		}
		return RTL_LANGUAGES.contains(locale.getLanguage()) ? "rtl" : null;
	}

	/**
	 * The {@code dir} a part in {@code languageTag} (a story's card) needs inside a page
	 * in {@code pageLanguageTag}: {@code null} when both read the same way or the part's
	 * language is unknown.
	 */
	public String within(String languageTag, String pageLanguageTag) {
		if (languageTag == null || languageTag.isBlank()) {
			return null;
		}
		String dir = (of(languageTag) != null) ? "rtl" : "ltr";
		String page = (of(pageLanguageTag) != null) ? "rtl" : "ltr";
		return dir.equals(page) ? null : dir;
	}

}
