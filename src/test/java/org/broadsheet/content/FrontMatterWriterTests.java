package org.broadsheet.content;

import java.time.ZoneId;

import org.broadsheet.article.Author;
import org.broadsheet.article.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writing a story file back: load → write → load gives the same story, and writing it
 * again gives the same bytes.
 */
class FrontMatterWriterTests {

	static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	static final String FILE = """
			---
			# a comment the writer may drop
			title: "서울: 시장이 열린다"
			date: 2025-01-31
			updated: 2025-02-01T10:00:00+09:00
			author: 김민준
			authors: [Ana Lima]
			section: World
			tags: [South Korea, "trade: ports"]
			summary: Markets open; rates hold.
			image: map.png
			image_alt: A map
			image_caption: The harbour
			lang: ko
			lead: true
			source_desk: wire
			review_notes:
			  - first
			  - second
			---
			Intro with **bold**.

			## 항구

			Text.
			""";

	final FrontMatterParser parser = new FrontMatterParser(SEOUL, "en");

	final FrontMatterWriter writer = new FrontMatterWriter(SEOUL);

	static StoryFields fieldsOf(ParsedStory story) {
		FrontMatter m = story.meta();
		return new StoryFields(m.title(), m.slug(), m.publishedAt(), m.authors().stream().map(Author::name).toList(),
				(m.desk() != null) ? m.desk().name() : null, m.tags().stream().map(Tag::name).toList(), m.summary(),
				(m.image() != null) ? m.image().url() : null, (m.image() != null) ? m.image().alt() : null,
				m.commentsOpen(), m.draft(), m.review(), m.lead(), m.corrections(), story.body());
	}

	@Test
	void writingALoadedStoryGivesTheSameStory() throws ContentException {
		ParsedStory original = this.parser.parse(FILE, "world/seoul.md");
		String written = this.writer.write(fieldsOf(original), FILE);
		ParsedStory reloaded = this.parser.parse(written, "world/seoul.md");
		FrontMatter before = original.meta();
		FrontMatter after = reloaded.meta();
		assertThat(after.title()).isEqualTo(before.title());
		assertThat(after.publishedAt()).isEqualTo(before.publishedAt());
		assertThat(after.updatedAt()).isEqualTo(before.updatedAt());
		assertThat(after.authors()).isEqualTo(before.authors());
		assertThat(after.tags()).isEqualTo(before.tags());
		assertThat(after.desk()).isEqualTo(before.desk());
		assertThat(after.image().url()).isEqualTo("/media/world/map.png");
		assertThat(after.image().alt()).isEqualTo(before.image().alt());
		assertThat(after.image().caption()).isEqualTo(before.image().caption());
		assertThat(after.lang()).isEqualTo("ko");
		assertThat(after.lead()).isTrue();
		assertThat(reloaded.body().strip()).isEqualTo(original.body().strip());
	}

	@Test
	void writingTwiceGivesTheSameBytesInAFixedKeyOrder() throws ContentException {
		String once = this.writer.write(fieldsOf(this.parser.parse(FILE, "world/seoul.md")), FILE);
		String twice = this.writer.write(fieldsOf(this.parser.parse(once, "world/seoul.md")), once);
		assertThat(twice).isEqualTo(once);
		assertThat(once).startsWith("---\ntitle: '서울: 시장이 열린다'\nslug: seoul\ndate: '2025-01-31T00:00:00+09:00'\n");
		assertThat(once.indexOf("lead: true")).isLessThan(once.indexOf("updated:"));
	}

	@Test
	void keysTheAdminDoesNotKnowAreKept() throws ContentException {
		String once = this.writer.write(fieldsOf(this.parser.parse(FILE, "world/seoul.md")), FILE);
		assertThat(once).contains("source_desk: wire\n")
			.contains("review_notes:\n- first\n- second\n")
			.contains("updated: '2025-02-01T10:00:00+09:00'\n")
			.contains("image_caption: The harbour\n")
			.doesNotContain("\nauthor:");
	}

}
