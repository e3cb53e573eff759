package org.broadsheet.search;

import java.io.IOException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * What a reader typed, made safe: control characters dropped, cut to {@value #MAX_LENGTH}
 * characters and {@value #MAX_TERMS} words or "quoted phrases". There is no query syntax,
 * so no input can fail to parse: every word must match in some field, a hyphenated word
 * or a Korean word matches as a phrase of its parts.
 *
 * @param text the cleaned text, shown back in the search box
 * @param terms the words and phrases to match
 */
record SearchQuery(String text, List<String> terms) {

	static final int MAX_LENGTH = 200;

	static final int MAX_TERMS = 12;

	private static final Pattern TERM = Pattern.compile("\"([^\"]+)\"|([^\\s\"]+)");

	/** Field weights: the headline and standfirst count most. */
	private static final Map<String, Float> FIELDS = Map.of(StoryDocument.HEADLINE, 5f, StoryDocument.SUMMARY, 3f,
			StoryDocument.TAGS, 2f, StoryDocument.AUTHORS, 2f, StoryDocument.DESK, 1.5f, StoryDocument.BODY, 1f);

	static SearchQuery parse(String raw) {
		String text = clean(raw);
		Set<String> terms = new LinkedHashSet<>();
		Matcher matcher = TERM.matcher(text);
		while (matcher.find() && terms.size() < MAX_TERMS) {
			terms.add((matcher.group(1) != null) ? matcher.group(1).strip() : matcher.group(2));
		}
		terms.remove("");
		return new SearchQuery(text, List.copyOf(terms));
	}

	private static String clean(String raw) {
		if (raw == null) {
			return "";
		}
		String text = Normalizer.normalize(raw, Normalizer.Form.NFC)
			.replaceAll("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}]", " ")
			.replaceAll("\\s+", " ")
			.strip();
		if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
			text = text.substring(0, text.offsetByCodePoints(0, MAX_LENGTH)).strip();
		}
		return text;
	}

	boolean isEmpty() {
		return this.terms.isEmpty();
	}

	/**
	 * The Lucene query for the words alone (for snippets), or {@code null} when no word
	 * has anything searchable in it (only punctuation, say).
	 */
	Query matching(Analyzer analyzer) {
		QueryBuilder builder = new QueryBuilder(analyzer);
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		int clauses = 0;
		for (String term : this.terms) {
			Query anyField = anyField(builder, term);
			if (anyField != null) {
				all.add(anyField, Occur.MUST);
				clauses++;
			}
		}
		return (clauses > 0) ? all.build() : null;
	}

	/**
	 * The word in its best field: a story scores what its best field gives, so mentions
	 * spread over the other fields do not add up to outweigh a headline hit; the newer
	 * story wins a tie. No tie-breaker: with one, Lucene must score every story that has
	 * the word anywhere, and a common word is in nearly every body; without, it skips the
	 * stories whose best field cannot make the page.
	 */
	private static Query anyField(QueryBuilder builder, String term) {
		List<Query> perField = FIELDS.entrySet().stream().map((field) -> {
			Query query = builder.createPhraseQuery(field.getKey(), term);
			return (query != null) ? (Query) new BoostQuery(query, field.getValue()) : null;
		}).filter((query) -> query != null).toList();
		return perField.isEmpty() ? null : new DisjunctionMaxQuery(perField, 0f);
	}

	/**
	 * The words, restricted to stories whose time has come at {@code now}. When no story
	 * in the index is dated after {@code now} (nothing scheduled) the words alone say the
	 * same, and cost less than checking every match's date.
	 */
	static Query publicAt(Query matching, Instant now, IndexReader reader) throws IOException {
		byte[] latest = PointValues.getMaxPackedValue(reader, StoryDocument.PUBLISHED);
		if (latest == null || LongPoint.decodeDimension(latest, 0) <= now.toEpochMilli()) {
			return matching;
		}
		return new BooleanQuery.Builder().add(matching, Occur.MUST)
			.add(LongPoint.newRangeQuery(StoryDocument.PUBLISHED, Long.MIN_VALUE, now.toEpochMilli()), Occur.FILTER)
			.build();
	}

}
