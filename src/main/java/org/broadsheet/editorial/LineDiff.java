package org.broadsheet.editorial;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff (longest common subsequence) between two texts, for the revisions page.
 * Very long texts fall back to "all removed, all added" rather than using quadratic
 * memory.
 */
final class LineDiff {

	private static final long MAX_CELLS = 4_000_000;

	/**
	 * One line of the diff: {@code kind} is {@code same}, {@code removed} or
	 * {@code added}.
	 */
	record Line(String kind, String text) {
	}

	private LineDiff() {
	}

	static List<Line> between(String before, String after) {
		String[] a = before.split("\n", -1);
		String[] b = after.split("\n", -1);
		List<Line> lines = new ArrayList<>();
		if ((long) a.length * b.length > MAX_CELLS) {
			for (String line : a) {
				lines.add(new Line("removed", line));
			}
			for (String line : b) {
				lines.add(new Line("added", line));
			}
			return lines;
		}
		int[][] common = new int[a.length + 1][b.length + 1];
		for (int i = a.length - 1; i >= 0; i--) {
			for (int j = b.length - 1; j >= 0; j--) {
				common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1
						: Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		int i = 0;
		int j = 0;
		while (i < a.length || j < b.length) {
			if (i < a.length && j < b.length && a[i].equals(b[j])) {
				lines.add(new Line("same", a[i++]));
				j++;
			}
			else if (j < b.length && (i == a.length || common[i][j + 1] >= common[i + 1][j])) {
				lines.add(new Line("added", b[j++]));
			}
			else {
				lines.add(new Line("removed", a[i++]));
			}
		}
		return lines;
	}

}
