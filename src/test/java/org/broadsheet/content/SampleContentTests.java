package org.broadsheet.content;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.broadsheet.article.Heading;
import org.broadsheet.web.SiteProperties;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stories shipped in {@code content/} load without a warning, and the seed story
 * looks as the newsroom wrote it.
 */
class SampleContentTests {

	private static final Path CONTENT = Path.of("content");

	private final StoryParser parser = new StoryParser(
			new SiteProperties("Broadsheet", "http://localhost:8080", ZoneId.of("UTC"), "en"),
			new MarkdownRenderer(new StaticMessageSource()));

	private RenderedStory load(String path) throws ContentException {
		return this.parser.parse(StoryFile.read(CONTENT, path, this.parser.salt()));
	}

	@Test
	void everySampleStoryLoadsWithoutWarnings() throws IOException, ContentException {
		List<String> paths = ContentScanner.scan(CONTENT);
		List<String> desks = new ArrayList<>();
		for (String path : paths) {
			RenderedStory story = load(path);
			assertThat(story.parsed().warnings()).as(path).isEmpty();
			assertThat(story.meta().publishedAt()).as(path).isBefore(java.time.Instant.parse("2026-11-01T00:00:00Z"));
			desks.add(story.meta().desk().slug());
		}
		assertThat(paths).hasSizeGreaterThanOrEqualTo(6).contains("world/lee-jae-myung-visits-china.md");
		assertThat(desks.stream().distinct().toList()).hasSizeGreaterThanOrEqualTo(3);
	}

	@Test
	void theSeedStoryHasItsHeadlineSectionAndNoWordPressFooter() throws ContentException {
		RenderedStory story = load("world/lee-jae-myung-visits-china.md");
		assertThat(story.meta().title()).isEqualTo(
				"South Korean President Lee Jae Myung Visits China to Strengthen Trade and Ease Regional Tensions");
		assertThat(story.meta().slug()).isEqualTo("lee-jae-myung-visits-china");
		assertThat(story.meta().desk().name()).isEqualTo("World");
		assertThat(story.rendered().headings())
			.containsExactly(new Heading(2, "Trade, AI, and K-Pop on the Agenda", "trade-ai-and-k-pop-on-the-agenda"));
		assertThat(story.rendered().html()).doesNotContain("Leave a Reply", "email address", story.meta().title())
			.startsWith("<p>South Korea’s President Lee Jae Myung has set off for China");
	}

	@Test
	void theKoreanStoryKeepsKoreanHeadingIds() throws ContentException {
		RenderedStory story = load("culture/busan-bookshop-late-night-readings.md");
		assertThat(story.meta().lang()).isEqualTo("ko");
		assertThat(story.rendered().headings()).extracting(Heading::anchor).contains("배경", "금요일-밤의-풍경");
	}

	@Test
	void theTechnologyStoryHasATableCodeAndAnImageBesideIt() throws ContentException {
		RenderedStory story = load("technology/open-weather-model-beats-forecasts.md");
		assertThat(story.rendered().html()).contains("<table>", "<code class=\"language-bash\">");
		assertThat(story.meta().image().url()).isEqualTo("/media/technology/images/rain-radar.png");
		assertThat(CONTENT.resolve("technology/images/rain-radar.png")).isRegularFile();
	}

}
