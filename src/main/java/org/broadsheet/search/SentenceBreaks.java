package org.broadsheet.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Sentence boundaries for snippets, found by a plain scan: a sentence ends after
 * {@code . ! ? …} (and any closing quotes or brackets) followed by a space, or right
 * after the full-width {@code 。！？}, which need no space. The JDK's rule-based sentence
 * iterator is exact about abbreviations but walking back from a match with it cost more
 * than finding the matches; a snippet only needs a sensible place to start and stop.
 */
final class SentenceBreaks extends BreakIterator {

	private String text = "";

	private int current;

	@Override
	public int first() {
		this.current = 0;
		return this.current;
	}

	@Override
	public int last() {
		this.current = this.text.length();
		return this.current;
	}

	@Override
	public int next(int n) {
		int result = this.current;
		for (int i = 0; i < n && result != DONE; i++) {
			result = next();
		}
		for (int i = 0; i > n && result != DONE; i--) {
			result = previous();
		}
		return result;
	}

	@Override
	public int next() {
		return (this.current >= this.text.length()) ? DONE : following(this.current);
	}

	@Override
	public int previous() {
		return (this.current <= 0) ? DONE : preceding(this.current);
	}

	@Override
	public int following(int offset) {
		checkOffset(offset);
		int end = this.text.length();
		if (offset == end) {
			this.current = end;
			return DONE;
		}
		int position = offset + 1;
		while (position < end && !isBreak(position)) {
			position++;
		}
		this.current = Math.min(position, end);
		return this.current;
	}

	@Override
	public int preceding(int offset) {
		checkOffset(offset);
		if (offset == 0) {
			this.current = 0;
			return DONE;
		}
		int position = offset - 1;
		while (position > 0 && !isBreak(position)) {
			position--;
		}
		this.current = Math.max(position, 0);
		return this.current;
	}

	@Override
	public boolean isBoundary(int offset) {
		checkOffset(offset);
		this.current = offset;
		return offset == 0 || offset == this.text.length() || isBreak(offset);
	}

	@Override
	public int current() {
		return this.current;
	}

	@Override
	public CharacterIterator getText() {
		return new StringCharacterIterator(this.text);
	}

	@Override
	public void setText(String newText) {
		this.text = newText;
		this.current = 0;
	}

	@Override
	public void setText(CharacterIterator newText) {
		StringBuilder copy = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
		for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
			copy.append(c);
		}
		setText(copy.toString());
	}

	private void checkOffset(int offset) {
		if (offset < 0 || offset > this.text.length()) {
			throw new IllegalArgumentException("offset out of bounds: " + offset);
		}
	}

	/** Whether a sentence starts at {@code position} (0 < position < length). */
	private boolean isBreak(int position) {
		char before = this.text.charAt(position - 1);
		boolean spaceAt = Character.isWhitespace(this.text.charAt(position));
		if (isFullWidthEnd(before)) {
			return !spaceAt;
		}
		if (spaceAt || !Character.isWhitespace(before)) {
			return false;
		}
		int i = position - 1;
		while (i > 0 && Character.isWhitespace(this.text.charAt(i))) {
			i--;
		}
		while (i > 0 && isCloser(this.text.charAt(i))) {
			i--;
		}
		return isEnd(this.text.charAt(i));
	}

	private static boolean isEnd(char c) {
		return c == '.' || c == '!' || c == '?' || c == '\u2026' || isFullWidthEnd(c);
	}

	private static boolean isFullWidthEnd(char c) {
		return c == '\u3002' || c == '\uFF01' || c == '\uFF1F';
	}

	private static boolean isCloser(char c) {
		return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019' || c == '\u00BB';
	}

	@Override
	public SentenceBreaks clone() {
		return (SentenceBreaks) super.clone();
	}

}
