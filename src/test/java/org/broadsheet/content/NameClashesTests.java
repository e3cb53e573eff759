package org.broadsheet.content;

import java.util.List;
import java.util.Map;

import org.broadsheet.article.Author;
import org.broadsheet.article.Desk;
import org.broadsheet.article.NameInFile;
import org.broadsheet.article.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two different desk, tag or author names that make one address share one page: the
 * second is warned at its line, naming the first and its file, whichever run or order
 * they come in; spellings of one name are no clash. The loader's use of it is in
 * {@link ContentLoaderTests}.
 */
class NameClashesTests {

	@Test
	void aSecondNameOfOneAddressInARunIsWarnedAtItsLine() {
		NameClashes clashes = new NameClashes((key, slug) -> List.of());
		assertThat(clashes.check("a.md", meta(null, List.of("Trade", "AT&T")), "---\ntags: [Trade, \"AT&T\"]\n---\n"))
			.isEmpty();
		assertThat(clashes.check("b.md", meta(null, List.of("Markets", "AT T")),
				"---\ntitle: B\ntags:\n  - Markets\n  - AT T\n---\nAT T\n"))
			.containsExactly(new ParsedStory.Warning(5,
					"tags 'AT T' has the address /tags/at-t of tags 'AT&T' in a.md; both list on one page"));
	}

	@Test
	void aNameStoredFromAnotherFileIsTheFirst() {
		Map<String, List<NameInFile>> stored = Map.of("section:foreign-affairs", List
			.of(new NameInFile("Foreign / Affairs", "second.md"), new NameInFile("Foreign Affairs", "first.md")));
		NameClashes clashes = new NameClashes((key, slug) -> stored.getOrDefault(key + ":" + slug, List.of()));
		assertThat(
				clashes.check("second.md", meta("Foreign / Affairs", List.of()), "---\nsection: Foreign / Affairs\n"))
			.extracting(ParsedStory.Warning::reason)
			.containsExactly("section 'Foreign / Affairs' has the address /sections/foreign-affairs"
					+ " of section 'Foreign Affairs' in first.md; both list on one page");
	}

	@Test
	void spellingsOfOneNameAndSpelledSymbolsAreNoClash() {
		NameClashes clashes = new NameClashes((key, slug) -> List.of());
		assertThat(clashes.check("a.md", meta("World", List.of("South Korea", "C++", "C#", "C")), "")).isEmpty();
		assertThat(clashes.check("b.md", meta("world", List.of("south-korea", "SOUTH_KOREA", "c")), "")).isEmpty();
	}

	static FrontMatter meta(String desk, List<String> tags) {
		return new FrontMatter("T", null, null, "t", 0, List.of(Author.named("Kim Min-ji")),
				(desk != null) ? Desk.named(desk) : null, tags.stream().map(Tag::named).toList(), null, null, "en",
				false, true, false, false, List.of());
	}

}
