package org.broadsheet.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * One analyzer for every language a newsroom writes in: Unicode word breaks, full- and
 * half-width forms unified, lower case, accents folded ({@code Séoul} matches
 * {@code seoul}), English plurals and possessives reduced, and Korean, Chinese and
 * Japanese runs split into overlapping bigrams so {@code 서울} finds {@code 서울에서} without a
 * dictionary.
 * <p>
 * The index side also keeps single CJK characters, so a one-syllable query matches; the
 * query side uses bigrams only, which keeps multi-syllable queries precise.
 */
final class StoryAnalyzer extends Analyzer {

	private static final int CJK_SCRIPTS = CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA
			| CJKBigramFilter.HANGUL;

	private final boolean indexing;

	private StoryAnalyzer(boolean indexing) {
		this.indexing = indexing;
	}

	static StoryAnalyzer forIndexing() {
		return new StoryAnalyzer(true);
	}

	static StoryAnalyzer forQueries() {
		return new StoryAnalyzer(false);
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		StandardTokenizer source = new StandardTokenizer();
		TokenStream stream = new CJKWidthFilter(source);
		stream = new LowerCaseFilter(stream);
		stream = new ASCIIFoldingFilter(stream);
		stream = new CJKBigramFilter(stream, CJK_SCRIPTS, this.indexing);
		stream = new EnglishPossessiveFilter(stream);
		stream = new EnglishMinimalStemFilter(stream);
		return new TokenStreamComponents(source, stream);
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new ASCIIFoldingFilter(new LowerCaseFilter(new CJKWidthFilter(in)));
	}

}
