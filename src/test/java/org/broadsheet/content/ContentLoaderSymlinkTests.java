package org.broadsheet.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.broadsheet.article.Article;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.content.LoaderFixture.story;

/**
 * Symbolic links in the content folder: a link whose real path stays inside the folder
 * loads like any file; a link to a file or folder outside it, or to the database, is
 * never read and is named in one WARN; a cycle of links never loops. Shares
 * {@link ContentLoaderTests}' folder and context.
 */
@LoaderSlice
@ActiveProfiles("test")
@Import(ContentLoaderTests.Config.class)
@ExtendWith(OutputCaptureExtension.class)
class ContentLoaderSymlinkTests {

	static final Path DIR = ContentLoaderTests.DIR;

	static final Path OUTSIDE = LoaderFixture.tempDir("broadsheet-outside");

	@Autowired
	ContentLoader loader;

	@Autowired
	ArticleRepository articles;

	@Autowired
	SlugRedirectRepository redirects;

	@BeforeEach
	void emptyFolderAndDatabase() throws IOException {
		LoaderFixture.emptyFolderAndDatabase(DIR, this.articles, this.redirects);
		LoaderFixture.write(OUTSIDE, "secret.md", story("Outside secret", ""));
		LoaderFixture.write(OUTSIDE, "desk/leak.md", story("Outside folder", ""));
	}

	@Test
	void linksThatLeaveTheFolderAreSkippedWithOneWarningEach(CapturedOutput output) throws IOException {
		LoaderFixture.write(DIR, "good.md", story("Good", ""));
		Files.createSymbolicLink(DIR.resolve("secret.md"), OUTSIDE.resolve("secret.md"));
		Files.createSymbolicLink(DIR.resolve("desk"), OUTSIDE.resolve("desk"));
		LoaderFixture.write(OUTSIDE, "data/broadsheet.mv.db", story("The database", ""));
		Files.createSymbolicLink(DIR.resolve("database.md"), OUTSIDE.resolve("data/broadsheet.mv.db"));
		LoadReport report = this.loader.load();
		assertThat(report.loaded()).isEqualTo(1);
		assertThat(this.articles.findAll()).extracting(Article::getTitle).containsExactly("Good");
		assertThat(output.getOut()).containsOnlyOnce("Skipped secret.md: a symbolic link whose target is outside")
			.containsOnlyOnce("Skipped desk: a symbolic link whose target is outside")
			.containsOnlyOnce("Skipped database.md: a symbolic link whose target is outside");
	}

	@Test
	void aCycleOfLinksIsSkippedAndTheLoadFinishes(CapturedOutput output) throws IOException {
		LoaderFixture.write(DIR, "world/good.md", story("Good", ""));
		Files.createSymbolicLink(DIR.resolve("world/loop"), DIR.resolve("world"));
		Files.createSymbolicLink(DIR.resolve("a"), DIR.resolve("b"));
		Files.createSymbolicLink(DIR.resolve("b"), DIR.resolve("a"));
		LoadReport report = this.loader.load();
		assertThat(report.loaded()).isEqualTo(1);
		assertThat(output.getOut()).contains("Skipped world/loop: a cycle of symbolic links");
	}

	@Test
	void aLinkInsideTheFolderLoadsItsStory() throws IOException {
		LoaderFixture.write(DIR, "archive/old.md", story("Archived", ""));
		Files.createDirectories(DIR.resolve("world"));
		Files.createSymbolicLink(DIR.resolve("world/current.md"), DIR.resolve("archive/old.md"));
		this.loader.load();
		assertThat(this.articles.findBySourcePath("world/current.md")).isPresent();
	}

}
