package org.broadsheet.editorial;

import java.util.List;
import java.util.stream.Collectors;

import org.broadsheet.editorial.WordDiff.Row;
import org.broadsheet.editorial.WordDiff.Segment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordDiffTests {

	@Test
	void aChangedWordIsShownAsDeletedAndInsertedWithinItsLine() {
		List<Row> rows = WordDiff.between("The minister visited Beijing on Monday.",
				"The minister visited Shanghai on Monday.");
		assertThat(rows).hasSize(1);
		assertThat(marked(rows.get(0))).isEqualTo("The minister visited [-Beijing-]{+Shanghai+} on Monday.");
	}

	@Test
	void unchangedLinesStayWholeAndOnlyTheChangedParagraphIsSplitIntoWords() {
		List<Row> rows = WordDiff.between("# Title\n\nFirst paragraph.\n\nLast one.",
				"# Title\n\nFirst short paragraph.\n\nLast one.");
		assertThat(rows).extracting(Row::changed).containsExactly(false, false, true, false, false);
		assertThat(marked(rows.get(2))).isEqualTo("First {+short +}paragraph.");
	}

	@Test
	void addedAndRemovedLinesAreWholeInsertionsAndDeletions() {
		List<Row> rows = WordDiff.between("one\ntwo", "one\nthree\ntwo\nfour");
		assertThat(rows.stream().map(WordDiffTests::marked)).containsExactly("one", "{+three+}", "two", "{+four+}");
		assertThat(WordDiff.between("a\nb\nc", "a\nc").stream().map(WordDiffTests::marked)).containsExactly("a",
				"[-b-]", "c");
	}

	@Test
	void joiningTheSegmentsGivesBackBothTexts() {
		String before = "서울에서 회담이 열렸다.\nTrade, AI and K-Pop\n\n  indented  text ";
		String after = "서울에서 정상회담이 열렸다.\nTrade and AI\n\n  indented text";
		List<Row> rows = WordDiff.between(before, after);
		assertThat(text(rows, false)).isEqualTo(before);
		assertThat(text(rows, true)).isEqualTo(after);
	}

	@Test
	void largeTextsAreDiffedWithoutATableOfEveryPair() {
		String before = "word ".repeat(20_000);
		String after = before + "more";
		List<Row> rows = WordDiff.between(before, after);
		assertThat(marked(rows.get(0))).endsWith("{+more+}");
	}

	private static String text(List<Row> rows, boolean after) {
		return rows.stream()
			.map((row) -> row.segments()
				.stream()
				.filter((segment) -> after ? !segment.deleted() : !segment.inserted())
				.map(Segment::text)
				.collect(Collectors.joining()))
			.collect(Collectors.joining("\n"));
	}

	private static String marked(Row row) {
		return row.segments()
			.stream()
			.map((segment) -> segment.deleted() ? "[-" + segment.text() + "-]"
					: segment.inserted() ? "{+" + segment.text() + "+}" : segment.text())
			.collect(Collectors.joining());
	}

}
