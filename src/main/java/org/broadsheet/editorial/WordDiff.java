package org.broadsheet.editorial;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;

/**
 * The revisions page's diff: lines are compared first, then the words of each changed run
 * of lines, so an editor sees which words were deleted and inserted rather than two whole
 * paragraphs. Uses java-diff-utils (Myers), which needs no quadratic table.
 */
final class WordDiff {

	/** Unchanged lines, or a changed run of lines as its words. */
	record Row(boolean changed, List<Segment> segments) {

		static Row same(String line) {
			return new Row(false, List.of(new Segment(Kind.SAME, line)));
		}

	}

	/** A piece of text that stayed, was deleted, or was inserted. */
	record Segment(Kind kind, String text) {

		public boolean deleted() {
			return this.kind == Kind.DELETED;
		}

		public boolean inserted() {
			return this.kind == Kind.INSERTED;
		}

	}

	enum Kind {

		SAME, DELETED, INSERTED

	}

	private WordDiff() {
	}

	static List<Row> between(String before, String after) {
		List<String> a = lines(before);
		List<String> b = lines(after);
		List<Row> rows = new ArrayList<>();
		int next = 0;
		for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
			Chunk<String> source = delta.getSource();
			while (next < source.getPosition()) {
				rows.add(Row.same(a.get(next++)));
			}
			rows.add(new Row(true,
					words(String.join("\n", source.getLines()), String.join("\n", delta.getTarget().getLines()))));
			next = source.getPosition() + source.size();
		}
		while (next < a.size()) {
			rows.add(Row.same(a.get(next++)));
		}
		return rows;
	}

	private static List<Segment> words(String before, String after) {
		List<String> a = tokens(before);
		List<String> b = tokens(after);
		List<Segment> segments = new ArrayList<>();
		int next = 0;
		for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
			Chunk<String> source = delta.getSource();
			add(segments, Kind.SAME, a.subList(next, source.getPosition()));
			add(segments, Kind.DELETED, source.getLines());
			add(segments, Kind.INSERTED, delta.getTarget().getLines());
			next = source.getPosition() + source.size();
		}
		add(segments, Kind.SAME, a.subList(next, a.size()));
		return segments;
	}

	private static void add(List<Segment> segments, Kind kind, List<String> tokens) {
		if (!tokens.isEmpty()) {
			segments.add(new Segment(kind, String.join("", tokens)));
		}
	}

	private static List<String> lines(String text) {
		return Arrays.asList(text.split("\n", -1));
	}

	/**
	 * Words and the white space between them, so that joining the tokens gives the text
	 * back.
	 */
	private static List<String> tokens(String text) {
		return text.isEmpty() ? List.of() : Arrays.asList(text.split("(?<=\\s)(?=\\S)|(?<=\\S)(?=\\s)"));
	}

}
