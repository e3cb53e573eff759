package org.broadsheet.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Map;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Marks the matched words: the headline and standfirst whole, the body as a passage or
 * two of about a sentence around the best matches.
 */
final class StoryHighlighter extends UnifiedHighlighter {

	static final String[] FIELDS = { StoryDocument.HEADLINE, StoryDocument.SUMMARY, StoryDocument.BODY };

	private static final int[] PASSAGES = { 1, 1, 2 };

	private static final int BODY_PASSAGE_LENGTH = 160;

	StoryHighlighter(IndexSearcher searcher) {
		super(UnifiedHighlighter.builder(searcher, StoryAnalyzer.forIndexing())
			.withFormatter(new SnippetFormatter(BODY_PASSAGE_LENGTH * 2))
			.withMaxNoHighlightPassages(0)
			.withWeightMatches(false));
	}

	@Override
	protected BreakIterator getBreakIterator(String field) {
		if (StoryDocument.BODY.equals(field)) {
			return LengthGoalBreakIterator.createClosestToLength(new SentenceBreaks(), BODY_PASSAGE_LENGTH, 0.5f);
		}
		return new WholeBreakIterator();
	}

	/**
	 * Snippets per field for the given documents; an entry is {@code null} where the
	 * field did not match.
	 */
	Map<String, Object[]> highlight(Query query, int[] docIds) throws IOException {
		int[] passages = new int[FIELDS.length];
		System.arraycopy(PASSAGES, 0, passages, 0, FIELDS.length);
		return highlightFieldsAsObjects(FIELDS, query, docIds, passages);
	}

}
