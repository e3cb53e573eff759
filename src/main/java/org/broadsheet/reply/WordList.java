package org.broadsheet.reply;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A newsroom's list of words, matched as WordPress does: case-insensitively, anywhere in
 * the text (so a word also matches inside longer words). Text is NFKC-normalized first so
 * full-width or compatibility look-alikes match too.
 */
final class WordList {

	private final List<String> words;

	WordList(List<String> words) {
		this.words = words.stream()
			.map(WordList::normalize)
			.map(String::strip)
			.filter((word) -> !word.isEmpty())
			.toList();
	}

	/** The first word of the list found in the text. */
	Optional<String> findIn(String text) {
		String haystack = normalize(text);
		return this.words.stream().filter(haystack::contains).findFirst();
	}

	private static String normalize(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
	}

}
