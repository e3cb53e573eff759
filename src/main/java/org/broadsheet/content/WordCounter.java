package org.broadsheet.content;

/**
 * Counts words of running text. Words are runs of letters and digits; in scripts written
 * without spaces (Chinese, Japanese) two characters count as one word.
 */
final class WordCounter {

	/** Below U+2E80 (CJK radicals) no character is Han, Hiragana or Katakana. */
	private static final int FIRST_UNSPACED = 0x2E80;

	private WordCounter() {
	}

	static int count(String text) {
		int words = 0;
		int ideographs = 0;
		boolean inWord = false;
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			i += Character.charCount(cp);
			if (isUnspaced(cp)) {
				ideographs++;
				inWord = false;
			}
			else if (Character.isLetterOrDigit(cp) || cp == '\'' || cp == '\u2019' || cp == '-') {
				if (!inWord && Character.isLetterOrDigit(cp)) {
					words++;
					inWord = true;
				}
			}
			else {
				inWord = false;
			}
		}
		return words + (ideographs + 1) / 2;
	}

	private static boolean isUnspaced(int cp) {
		if (cp < FIRST_UNSPACED) {
			return false;
		}
		Character.UnicodeScript script = Character.UnicodeScript.of(cp);
		return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA;
	}

}
