package org.broadsheet.search;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceBreaksTests {

	@Test
	void sentencesEndAtStopsFollowedBySpace() {
		assertThat(sentences("One fell. Two rose! Three? \"Four.\" Five")).containsExactly("One fell. ", "Two rose! ",
				"Three? ", "\"Four.\" ", "Five");
	}

	@Test
	void numbersAndInitialismsWithoutSpaceDoNotEndASentence() {
		assertThat(sentences("Growth was 3.5 per cent in the U.S.A. this year."))
			.containsExactly("Growth was 3.5 per cent in the U.S.A. ", "this year.");
	}

	@Test
	void fullWidthStopsNeedNoSpace() {
		assertThat(sentences("東京に行った。雨だった！ 本当？")).containsExactly("東京に行った。", "雨だった！ ", "本当？");
		assertThat(sentences("서울에서 열린 회의. 참석했다.")).containsExactly("서울에서 열린 회의. ", "참석했다.");
	}

	@Test
	void followingAndPrecedingFindTheSurroundingSentence() {
		BreakIterator breaks = new SentenceBreaks();
		String text = "First one. The needle is here. Last one.";
		breaks.setText(text);
		int needle = text.indexOf("needle");
		assertThat(breaks.preceding(needle)).isEqualTo(text.indexOf("The"));
		assertThat(breaks.following(needle)).isEqualTo(text.indexOf("Last"));
		assertThat(breaks.following(text.indexOf("Last"))).isEqualTo(text.length());
		assertThat(breaks.preceding(3)).isZero();
		assertThat(breaks.isBoundary(text.indexOf("The"))).isTrue();
		assertThat(breaks.isBoundary(needle)).isFalse();
	}

	@Test
	void nothingFollowsTheEndOrPrecedesTheStart() {
		BreakIterator breaks = new SentenceBreaks();
		breaks.setText("One. Two.");
		assertThat(breaks.following(9)).isEqualTo(BreakIterator.DONE);
		assertThat(breaks.preceding(0)).isEqualTo(BreakIterator.DONE);
		assertThat(breaks.last()).isEqualTo(9);
		assertThat(breaks.previous()).isEqualTo(5);
	}

	private static List<String> sentences(String text) {
		BreakIterator breaks = new SentenceBreaks();
		breaks.setText(text);
		List<String> sentences = new ArrayList<>();
		int start = breaks.first();
		for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
			sentences.add(text.substring(start, end));
		}
		return sentences;
	}

}
