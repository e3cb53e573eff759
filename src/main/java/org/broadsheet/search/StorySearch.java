package org.broadsheet.search;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

import org.springframework.stereotype.Service;

/**
 * Full-text search over public stories: relevance first (headline and standfirst weigh
 * most), the newer story first on a tie. Visibility is checked against the clock when the
 * query runs and again against the database for the hits shown, so a scheduled story
 * turns up by itself when its time comes.
 */
@Service
public class StorySearch {

	static final int MAX_PAGE = 50;

	private static final Sort RELEVANCE_THEN_RECENCY = new Sort(SortField.FIELD_SCORE,
			new SortField(StoryDocument.PUBLISHED, SortField.Type.LONG, true));

	private static final Set<String> ID_ONLY = Set.of(StoryDocument.ID);

	private final Analyzer analyzer = StoryAnalyzer.forQueries();

	private final SearchIndex index;

	private final IndexableArticles articles;

	private final SearchProperties properties;

	private final Clock clock;

	StorySearch(SearchIndex index, IndexableArticles articles, SearchProperties properties, Clock clock) {
		this.index = index;
		this.articles = articles;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * One page of results for what a reader typed; never fails on odd input.
	 * @param text the query as typed (may be {@code null}, empty or very long)
	 * @param page the 1-based page (out-of-range values are clamped)
	 */
	public SearchResults search(String text, int page) {
		SearchQuery query = SearchQuery.parse(text);
		Query matching = query.isEmpty() ? null : query.matching(this.analyzer);
		if (matching == null) {
			return SearchResults.none(query.text());
		}
		int size = Math.max(1, this.properties.pageSize());
		int pageNumber = Math.min(Math.max(page, 1), MAX_PAGE);
		Instant now = this.clock.instant();
		Found found = this.index.read((searcher) -> find(searcher, matching, now, pageNumber, size));
		int totalPages = (int) Math.min(MAX_PAGE, (found.total() + size - 1) / size);
		return new SearchResults(query.text(), hits(found, now), found.total(), found.more(), pageNumber, totalPages);
	}

	private Found find(IndexSearcher searcher, Query matching, Instant now, int page, int size) throws IOException {
		Query query = SearchQuery.publicAt(matching, now, searcher.getIndexReader());
		// matches are counted exactly up to a thousand; past that the best ones are found
		// without scoring every match
		TopDocs top = searcher.search(query, page * size, RELEVANCE_THEN_RECENCY, true);
		boolean more = top.totalHits.relation == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO;
		int from = Math.min((page - 1) * size, top.scoreDocs.length);
		ScoreDoc[] shown = Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
		int[] docIds = new int[shown.length];
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < shown.length; i++) {
			docIds[i] = shown[i].doc;
			ids.add(storyId(searcher, docIds[i]));
		}
		Map<String, Object[]> snippets = new StoryHighlighter(searcher).highlight(matching, docIds);
		return new Found(top.totalHits.value, more, ids, snippets);
	}

	/**
	 * The story id of a hit: from doc values, without decompressing the stored story;
	 * stories indexed before those existed fall back to the stored id.
	 */
	private static long storyId(IndexSearcher searcher, int docId) throws IOException {
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
		NumericDocValues values = DocValues.getNumeric(leaf.reader(), StoryDocument.ID_VALUE);
		if (values.advanceExact(docId - leaf.docBase)) {
			return values.longValue();
		}
		return Long.parseLong(searcher.storedFields().document(docId, ID_ONLY).get(StoryDocument.ID));
	}

	private List<SearchResults.Hit> hits(Found found, Instant now) {
		if (found.ids().isEmpty()) {
			return List.of();
		}
		Map<Long, FoundStory> byId = this.articles.findPublicByIdIn(found.ids(), now)
			.stream()
			.collect(Collectors.toMap(FoundStory::id, Function.identity()));
		List<SearchResults.Hit> hits = new ArrayList<>();
		for (int i = 0; i < found.ids().size(); i++) {
			FoundStory story = byId.get(found.ids().get(i));
			if (story != null) {
				hits.add(new SearchResults.Hit(story, headline(found, i, story), snippet(found, i, story)));
			}
		}
		return hits;
	}

	private static Snippet headline(Found found, int i, FoundStory story) {
		Snippet marked = found.snippet(StoryDocument.HEADLINE, i);
		return (marked != null) ? marked : Snippet.plain(story.title());
	}

	private static Snippet snippet(Found found, int i, FoundStory story) {
		Snippet body = found.snippet(StoryDocument.BODY, i);
		Snippet summary = found.snippet(StoryDocument.SUMMARY, i);
		if (summary != null) {
			return summary;
		}
		return (body != null) ? body : Snippet.plain(story.summary());
	}

	private record Found(long total, boolean more, List<Long> ids, Map<String, Object[]> snippets) {

		Snippet snippet(String field, int i) {
			Object[] values = this.snippets.get(field);
			return (values != null && values[i] instanceof Snippet snippet && !snippet.isEmpty()) ? snippet : null;
		}

	}

}
