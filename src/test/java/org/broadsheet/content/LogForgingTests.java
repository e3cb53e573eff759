package org.broadsheet.content;

import java.io.IOException;
import java.nio.file.Path;

import org.broadsheet.article.ArticleRepository;
import org.broadsheet.article.SlugRedirectRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.content.LoaderFixture.story;

/**
 * File names and front matter values are the writer's, not the log's: a line break in
 * either is written as {@code \n} inside the loader's one WARN line, never as a new line
 * that looks like the application's own. Shares {@link ContentLoaderTests}' folder and
 * context.
 */
@LoaderSlice
@ActiveProfiles("test")
@Import(ContentLoaderTests.Config.class)
@RecordApplicationEvents
@ExtendWith(OutputCaptureExtension.class)
class LogForgingTests {

	static final Path DIR = ContentLoaderTests.DIR;

	static final String FORGED = "2026-12-03T05:00:00.000Z ERROR 1 --- [broadsheet] [main] o.b.content.ContentLoader : ";

	@Autowired
	ContentLoader loader;

	@Autowired
	ArticleRepository articles;

	@Autowired
	SlugRedirectRepository redirects;

	@BeforeEach
	void emptyFolderAndDatabase() throws IOException {
		LoaderFixture.emptyFolderAndDatabase(DIR, this.articles, this.redirects);
	}

	@Test
	void aLineBreakInAFileNameCannotWriteALogLine(CapturedOutput output) throws IOException {
		LoaderFixture.write(DIR, "notes\n" + FORGED + "all stories deleted.md", "not a story\n");
		LoaderFixture.write(DIR, "cr\r" + FORGED + "database wiped.md", "not a story\n");
		this.loader.load();
		assertNoForgedLine(output);
		assertThat(output.getAll()).contains("notes\\n" + FORGED + "all stories deleted.md")
			.contains("cr\\r" + FORGED + "database wiped.md");
	}

	@Test
	void aLineBreakInAFrontMatterValueCannotWriteALogLine(CapturedOutput output) throws IOException {
		LoaderFixture.write(DIR, "a.md", story("Holder", "slug: \"same\\n" + FORGED + "slug\"\n"));
		LoaderFixture.write(DIR, "b.md", story("Taker", "slug: \"same\\n" + FORGED + "slug\"\n"));
		LoaderFixture.write(DIR, "c.md", "---\ntitle: Dated\ndate: \"soon\\n" + FORGED + "date\"\n---\nx\n");
		this.loader.load();
		assertNoForgedLine(output);
	}

	private static void assertNoForgedLine(CapturedOutput output) {
		for (String line : output.getAll().split("\r\n|\r|\n")) {
			assertThat(line).doesNotStartWith(FORGED.substring(0, 30));
		}
	}

}
