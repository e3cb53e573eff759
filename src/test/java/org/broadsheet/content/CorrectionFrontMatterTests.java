package org.broadsheet.content;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.broadsheet.article.Correction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code corrections} front-matter key: read in order, bad entries skipped with a
 * warning naming their line, counted as the story's update, written back byte-stably.
 */
class CorrectionFrontMatterTests {

	static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	static final String FILE = """
			---
			title: Bridge count
			date: 2026-01-02T09:00:00+09:00
			corrections:
			  - {date: 2026-01-05, text: "The bridge has 12 spans, not 14."}
			  - date: 2026-01-07T23:30:00+09:00
			    text: >
			      An earlier version misspelled
			      the engineer's name.
			  - {date: soon, text: "Bad date."}
			  - {date: 2026-01-08}
			  - just a sentence
			  - {date: 2026-01-09, text: "Kept.", by: desk}
			x_source: wire
			---
			Body.
			""";

	final FrontMatterParser parser = new FrontMatterParser(SEOUL, "en");

	@Test
	void correctionsAreReadInOrderWithTheirDays() throws ContentException {
		ParsedStory story = this.parser.parse(FILE, "world/bridge.md");
		assertThat(story.meta().corrections()).containsExactly(
				new Correction(LocalDate.of(2026, 1, 5), "The bridge has 12 spans, not 14."),
				new Correction(LocalDate.of(2026, 1, 7), "An earlier version misspelled the engineer's name."),
				new Correction(LocalDate.of(2026, 1, 9), "Kept."));
	}

	@Test
	void aBadEntryIsSkippedWithAWarningNamingItsLine() throws ContentException {
		ParsedStory story = this.parser.parse(FILE, "world/bridge.md");
		assertThat(story.warnings()).extracting(ParsedStory.Warning::line).contains(10, 11, 12, 13);
		assertThat(story.warnings()).anySatisfy((warning) -> {
			assertThat(warning.line()).isEqualTo(10);
			assertThat(warning.reason()).contains("correction 3").contains("'soon'");
		});
		assertThat(story.warnings()).anySatisfy((warning) -> assertThat(warning.reason()).contains("has no text"));
	}

	@Test
	void aCorrectionsKeyThatIsNotAListIsAWarningAndTheStoryStillLoads() throws ContentException {
		ParsedStory story = this.parser.parse("---\ntitle: T\ndate: 2026-01-02\ncorrections: oops\n---\nBody.\n",
				"t.md");
		assertThat(story.meta().corrections()).isEmpty();
		assertThat(story.warnings()).anySatisfy((warning) -> assertThat(warning.line()).isEqualTo(4));
	}

	@Test
	void theLatestCorrectionCountsAsTheStorysUpdate() throws ContentException {
		ParsedStory story = this.parser.parse(FILE, "world/bridge.md");
		assertThat(story.meta().updatedAt()).isEqualTo(Instant.parse("2026-01-08T15:00:00Z"));
	}

	@Test
	void correctionsRoundTripThroughTheWriterByteForByte() throws ContentException {
		FrontMatterWriter writer = new FrontMatterWriter(SEOUL);
		ParsedStory original = this.parser.parse(FILE, "world/bridge.md");
		String once = writer.write(FrontMatterWriterTests.fieldsOf(original), FILE);
		ParsedStory reloaded = this.parser.parse(once, "world/bridge.md");
		assertThat(reloaded.meta().corrections()).isEqualTo(original.meta().corrections());
		assertThat(reloaded.warnings()).noneSatisfy((warning) -> assertThat(warning.reason()).contains("correction"));
		assertThat(once).contains("corrections:\n- date: 2026-01-05\n  text: The bridge has 12 spans, not 14.\n")
			.contains("x_source: wire\n");
		assertThat(writer.write(FrontMatterWriterTests.fieldsOf(reloaded), once)).isEqualTo(once);
	}

}
