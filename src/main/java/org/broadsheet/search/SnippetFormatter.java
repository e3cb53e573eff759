package org.broadsheet.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.broadsheet.search.Snippet.Segment;

/**
 * Turns highlighter passages into {@link Snippet}s of plain and marked text (no HTML),
 * merging overlapping matches (CJK bigrams overlap) and shortening long passages around
 * their first match.
 */
final class SnippetFormatter extends PassageFormatter {

	static final String ELLIPSIS = "\u2026";

	private final int maxLength;

	SnippetFormatter(int maxLength) {
		this.maxLength = maxLength;
	}

	@Override
	public Object format(Passage[] passages, String content) {
		List<Segment> segments = new ArrayList<>();
		for (Passage passage : passages) {
			int start = passage.getStartOffset();
			int end = passage.getEndOffset();
			if (end - start > this.maxLength) {
				int first = (passage.getNumMatches() > 0) ? passage.getMatchStarts()[0] : start;
				start = Math.max(start, first - this.maxLength / 3);
				end = Math.min(end, start + this.maxLength);
			}
			if (start > 0 && !endsWithEllipsis(segments)) {
				append(segments, ELLIPSIS, false);
			}
			appendPassage(segments, passage, content, start, end);
			if (end < content.length()) {
				append(segments, ELLIPSIS, false);
			}
		}
		return new Snippet(List.copyOf(segments));
	}

	private static void appendPassage(List<Segment> segments, Passage passage, String content, int start, int end) {
		int pos = start;
		for (int i = 0; i < passage.getNumMatches(); i++) {
			int matchStart = Math.max(passage.getMatchStarts()[i], pos);
			int matchEnd = Math.min(passage.getMatchEnds()[i], end);
			if (matchEnd <= matchStart) {
				continue;
			}
			append(segments, content.substring(pos, matchStart), false);
			append(segments, content.substring(matchStart, matchEnd), true);
			pos = matchEnd;
		}
		append(segments, content.substring(pos, Math.max(pos, end)), false);
	}

	private static boolean endsWithEllipsis(List<Segment> segments) {
		return !segments.isEmpty() && segments.get(segments.size() - 1).text().endsWith(ELLIPSIS);
	}

	/** Append text, joining it to the previous segment when both are marked or plain. */
	private static void append(List<Segment> segments, String text, boolean marked) {
		if (text.isEmpty()) {
			return;
		}
		int last = segments.size() - 1;
		if (last >= 0 && segments.get(last).marked() == marked) {
			segments.set(last, new Segment(segments.get(last).text() + text, marked));
		}
		else {
			segments.add(new Segment(text, marked));
		}
	}

}
