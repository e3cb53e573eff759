package org.broadsheet.content;

import java.time.Instant;
import java.time.ZoneId;

import org.broadsheet.article.Author;
import org.broadsheet.article.Desk;
import org.broadsheet.article.StoryImage;
import org.broadsheet.article.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FrontMatterParserTests {

	private final FrontMatterParser parser = new FrontMatterParser(ZoneId.of("Asia/Seoul"), "en");

	private ParsedStory parse(String text) throws ContentException {
		return this.parser.parse(FrontMatterParser.normalize(text), "world/my-story.md");
	}

	private ContentException failure(String text) {
		return assertThatExceptionOfType(ContentException.class).isThrownBy(() -> parse(text)).actual();
	}

	@Test
	void readsEveryKnownKey() throws ContentException {
		ParsedStory story = parse("""
				---
				title: "Seoul: a city that never sleeps"
				date: 2025-03-01T09:30:00+09:00
				updated: 2025-03-02
				slug: Seoul Nights
				authors: [Kim Min-ji, Jane Doe]
				section: World
				tags: [South Korea, 서울, south korea]
				summary: A night in the capital.
				image: photos/seoul.jpg
				image_alt: Neon signs in Myeong-dong
				image_caption: Myeong-dong at midnight.
				image_credit: Broadsheet
				lang: ko_KR
				draft: yes
				comments: closed
				lead: true
				---
				Body **here**.
				""");
		FrontMatter meta = story.meta();
		assertThat(meta.title()).isEqualTo("Seoul: a city that never sleeps");
		assertThat(meta.publishedAt()).isEqualTo(Instant.parse("2025-03-01T00:30:00Z"));
		assertThat(meta.updatedAt()).isEqualTo(Instant.parse("2025-03-01T15:00:00Z"));
		assertThat(meta.slug()).isEqualTo("seoul-nights");
		assertThat(meta.slugLine()).isEqualTo(5);
		assertThat(meta.authors()).containsExactly(Author.named("Kim Min-ji"), Author.named("Jane Doe"));
		assertThat(meta.desk()).isEqualTo(new Desk("World", "world"));
		assertThat(meta.tags()).containsExactly(new Tag("South Korea", "south-korea"), new Tag("서울", "서울"));
		assertThat(meta.summary()).isEqualTo("A night in the capital.");
		assertThat(meta.image()).isEqualTo(new StoryImage("/media/world/photos/seoul.jpg", "Neon signs in Myeong-dong",
				"Myeong-dong at midnight.", "Broadsheet"));
		assertThat(meta.lang()).isEqualTo("ko-KR");
		assertThat(meta.draft()).isTrue();
		assertThat(meta.commentsOpen()).isFalse();
		assertThat(meta.lead()).isTrue();
		assertThat(story.body()).isEqualTo("Body **here**.\n");
		assertThat(story.warnings()).isEmpty();
	}

	@Test
	void defaultsComeFromTheFileNameAndSettings() throws ContentException {
		FrontMatter meta = parse("---\ntitle: Plain\ndate: 2025-03-01\n---\n").meta();
		assertThat(meta.slug()).isEqualTo("my-story");
		assertThat(meta.slugLine()).isZero();
		assertThat(meta.publishedAt()).isEqualTo(Instant.parse("2025-02-28T15:00:00Z"));
		assertThat(meta.lang()).isEqualTo("en");
		assertThat(meta.draft()).isFalse();
		assertThat(meta.commentsOpen()).isTrue();
		assertThat(meta.lead()).isFalse();
		assertThat(meta.authors()).isEmpty();
		assertThat(meta.tags()).isEmpty();
		assertThat(meta.desk()).isNull();
		assertThat(meta.image()).isNull();
	}

	@Test
	void singleStringsAreAcceptedForAuthorAndTags() throws ContentException {
		FrontMatter meta = parse("---\ntitle: T\ndate: 2025-03-01\nauthor: Lee Su-bin\ntags: Economy, Trade\n---\n")
			.meta();
		assertThat(meta.authors()).containsExactly(Author.named("Lee Su-bin"));
		assertThat(meta.tags()).extracting(Tag::name).containsExactly("Economy", "Trade");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			2025-03-01T09:30:00Z          | 2025-03-01T09:30:00Z
			2025-03-01T09:30:00+09:00     | 2025-03-01T00:30:00Z
			2025-03-01 09:30:00 +09:00    | 2025-03-01T00:30:00Z
			'2025-03-01T09:30'            | 2025-03-01T00:30:00Z
			"2025-03-01"                  | 2025-02-28T15:00:00Z
			""")
	void datesMayBeDatesOrDateTimes(String date, String expected) throws ContentException {
		FrontMatter meta = parse("---\ntitle: T\ndate: " + date + "\n---\n").meta();
		assertThat(meta.publishedAt()).isEqualTo(Instant.parse(expected));
	}

	@Test
	void byteOrderMarkAndCrlfReadLikeCleanFiles() throws ContentException {
		String clean = "---\ntitle: T\ndate: 2025-03-01\ntags: [A, B]\n---\n## Head\n\nText\n";
		String dirty = "\uFEFF" + clean.replace("\n", "\r\n");
		assertThat(FrontMatterParser.normalize(dirty)).isEqualTo(clean);
		assertThat(parse(dirty)).isEqualTo(parse(clean));
	}

	@Test
	void unknownKeysAreWarnedWithTheirLine() throws ContentException {
		ParsedStory story = parse("---\ntitle: T\ndate: 2025-03-01\ncategory: News\n---\n");
		assertThat(story.warnings()).containsExactly(new ParsedStory.Warning(4, "unknown front matter key 'category'"));
	}

	@Test
	void anImageWithoutAltTextIsWarned() throws ContentException {
		ParsedStory story = parse("---\ntitle: T\ndate: 2025-03-01\nimage: https://example.org/a.jpg\n---\n");
		assertThat(story.meta().image().alt()).isEmpty();
		assertThat(story.warnings()).extracting(ParsedStory.Warning::reason)
			.containsExactly("image has no image_alt text");
	}

	@Test
	void yamlTagsNeverConstructObjects() {
		ContentException ex = failure("---\ntitle: !!javax.script.ScriptEngineManager [x]\ndate: 2025-03-01\n---\n");
		assertThat(ex.line()).isEqualTo(2);
		ContentException tagged = failure("---\ntitle: !foo bar\ndate: 2025-03-01\n---\n");
		assertThat(tagged.getMessage()).contains("unsupported YAML tag");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			"Just text, no front matter"                                 | 1 | no front matter
			""                                                           | 1 | file is empty
			"\n\n  \n"                                                   | 1 | file is empty
			"---\\ntitle: T\\ndate: 2025-03-01\\n"                       | 1 | not closed
			"---\\n---\\nbody"                                           | 1 | empty
			"---\\ndate: 2025-03-01\\n---\\n"                            | 1 | title is missing
			"---\\ntitle: \\ndate: 2025-03-01\\n---\\n"                  | 2 | title is missing
			"---\\ntitle: T\\n---\\n"                                    | 1 | date is missing
			"---\\ntitle: T\\ndate: 2025-02-30\\n---\\n"                 | 3 | is not a date
			"---\\ntitle: T\\ndate: yesterday\\n---\\n"                  | 3 | is not a date
			"---\\ntitle: T\\ndate: 2025-03-01\\nupdated: soon\\n---\\n" | 4 | updated 'soon' is not a date
			"---\\n- a\\n- b\\n---\\n"                                   | 2 | keys with values
			"---\\njust a sentence\\n---\\n"                             | 2 | keys with values
			"---\\ntitle: [unclosed\\ndate: 2025-03-01\\n---\\n"         | 3 | not valid YAML
			"---\\ntitle: T\\n  bad: indent\\ndate: x\\n---\\n"          | 3 | not valid YAML
			"---\\ntitle: T\\ntitle: U\\ndate: 2025-03-01\\n---\\n"      | 3 | appears twice
			"---\\ntitle: {a: b}\\ndate: 2025-03-01\\n---\\n"            | 2 | title must be text
			"---\\ntitle: T\\ndate: 2025-03-01\\ndraft: maybe\\n---\\n"  | 4 | draft must be true or false
			"---\\ntitle: T\\ndate: 2025-03-01\\ncomments: later\\n---\\n" | 4 | comments must be open or closed
			"---\\ntitle: T\\ndate: 2025-03-01\\nslug: '???'\\n---\\n"   | 4 | slug '???'
			"---\\ntitle: T\\ndate: 2025-03-01\\nimage: javascript:x\\n---\\n" | 4 | image must be
			"---\\ntitle: T\\ndate: 2025-03-01\\nimage: ../../x.jpg\\n---\\n"  | 4 | outside the content folder
			"---\\ntitle: T\\ndate: 2025-03-01\\nimage: notes.md\\n---\\n"     | 4 | image must be
			"---\\ntitle: T\\ndate: 2025-03-01\\ntags: [[a]]\\n---\\n"   | 4 | tags must be text
			""")
	void brokenFrontMatterIsReportedWithItsLine(String text, int line, String reason) {
		ContentException ex = failure(text.replace("\\n", "\n"));
		assertThat(ex.getMessage()).contains(reason);
		assertThat(ex.line()).isEqualTo(line);
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"en\\\"><script>\"", "xx_YY!!", "'!!'", "'12345'", "en-" })
	void anInvalidLanguageIsWarnedByLineAndFallsBackToTheSiteLanguage(String lang) throws ContentException {
		ParsedStory story = parse("---\ntitle: T\ndate: 2025-03-01\nlang: " + lang + "\n---\nBody\n");
		assertThat(story.meta().lang()).isEqualTo("en");
		assertThat(story.warnings()).singleElement().satisfies((warning) -> {
			assertThat(warning.line()).isEqualTo(4);
			assertThat(warning.reason()).contains("is not a language tag", "using en");
		});
	}

	@Test
	void controlCharactersInFrontMatterTextAreDropped() throws ContentException {
		ParsedStory story = parse("---\ntitle: \"Bell\\a and \\x1b[1mbold\\x7f\\x85\"\ndate: 2025-03-01\n"
				+ "author: \"Bob\\vVT\"\ntags: [\"null\\0byte\"]\nsummary: \"Two\\nlines\\x01\"\n---\nBody\n");
		assertThat(story.meta().title()).isEqualTo("Bell and [1mbold");
		assertThat(story.meta().authors()).containsExactly(Author.named("BobVT"));
		assertThat(story.meta().tags()).containsExactly(new Tag("nullbyte", "nullbyte"));
		assertThat(story.meta().summary()).isEqualTo("Two\nlines");
	}

	@Test
	void aDeskOrTagWithoutLettersOrDigitsIsWarnedByLineAndLeftOut() throws ContentException {
		ParsedStory story = parse(
				"---\ntitle: T\ndate: 2025-03-01\nsection: \"🎉\"\ntags: [\"👍\", Ok, \"..\"]\n---\n");
		assertThat(story.meta().desk()).isNull();
		assertThat(story.meta().tags()).containsExactly(new Tag("Ok", "ok"));
		assertThat(story.warnings()).extracting(ParsedStory.Warning::line).containsExactly(4, 5, 5);
		assertThat(story.warnings()).extracting(ParsedStory.Warning::reason)
			.containsExactly("section '🎉' has no letter or digit to make its address from; left out",
					"tags '👍' has no letter or digit to make its address from; left out",
					"tags '..' has no letter or digit to make its address from; left out");
	}

	@Test
	void tooLongTitlesAreRejected() {
		ContentException ex = failure("---\ntitle: " + "x".repeat(501) + "\ndate: 2025-03-01\n---\n");
		assertThat(ex.getMessage()).contains("title is longer than 500");
	}

	@Test
	void lengthLimitsCountCharactersNotUtf16Units() throws ContentException {
		String title = "😀".repeat(500);
		String name = "𠀀".repeat(200);
		ParsedStory story = parse("---\ntitle: " + title + "\ndate: 2025-03-01\nsection: " + name + "\ntags: [" + name
				+ "]\nauthor: " + name + "\nimage: /media/x.png\nimage_alt: " + "😀".repeat(1000) + "\nimage_credit: "
				+ "😀".repeat(500) + "\n---\n");
		assertThat(story.meta().title()).isEqualTo(title);
		assertThat(story.meta().desk().name()).isEqualTo(name);
		assertThat(story.meta().tags()).extracting(Tag::name).containsExactly(name);
		assertThat(failure("---\ntitle: " + "😀".repeat(501) + "\ndate: 2025-03-01\n---\n").getMessage())
			.contains("title is longer than 500 characters");
		assertThat(failure("---\ntitle: T\ndate: 2025-03-01\ntags: [" + "𠀀".repeat(201) + "]\n---\n").getMessage())
			.contains("tags is longer than 200 characters");
	}

}
