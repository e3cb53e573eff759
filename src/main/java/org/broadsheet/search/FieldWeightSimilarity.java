package org.broadsheet.search;

import org.apache.lucene.search.similarities.BM25Similarity;

/**
 * BM25 without the rarity (IDF) factor. Every query word must match anyway, so rarity
 * adds little between stories; but per-field rarity would let a word in the body of a
 * small archive outweigh the same word in a headline. Without it the field weights of
 * {@link SearchQuery} decide: headline, then standfirst, then the rest.
 */
final class FieldWeightSimilarity extends BM25Similarity {

	@Override
	protected float idf(long docFreq, long docCount) {
		return 1f;
	}

}
