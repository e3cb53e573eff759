package org.broadsheet.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.broadsheet.article.Article;
import org.broadsheet.article.ArticleRepository;
import org.broadsheet.article.SlugRedirectRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.content.LoaderFixture.assertCounts;
import static org.broadsheet.content.LoaderFixture.story;

/**
 * An unchanged reload skips files by their stamp (size and modification time) without
 * reading them; see {@link FileStamp} for what a stamp can and cannot tell.
 */
@LoaderSlice
@ActiveProfiles("test")
@Import(UnchangedFileStampTests.Config.class)
class UnchangedFileStampTests {

	static final Path DIR = LoaderFixture.tempDir("broadsheet-stamps");

	private static final Instant HOUR_AGO = Instant.now().minus(1, ChronoUnit.HOURS);

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
	void aSettledFileIsStoredWithItsStamp() throws IOException {
		write("a.md", story("Alpha", ""), HOUR_AGO);
		assertCounts(this.loader.load(), 1, 0, 0, 0);
		assertThat(article("a").getSourceStamp()).startsWith(Files.size(DIR.resolve("a.md")) + ":");
	}

	@Test
	void aFileWhoseTimeChangedButNotItsTextIsUnchangedAndRestamped() throws IOException {
		write("a.md", story("Alpha", ""), HOUR_AGO);
		this.loader.load();
		Article before = article("a");
		Files.setLastModifiedTime(DIR.resolve("a.md"), FileTime.from(HOUR_AGO.plusSeconds(60)));
		assertCounts(this.loader.load(), 0, 1, 0, 0);
		Article after = article("a");
		assertThat(after.getVersion()).isEqualTo(before.getVersion());
		assertThat(after.getSourceStamp()).isNotEqualTo(before.getSourceStamp());
		assertThat(after.getSourceStamp()).isEqualTo(FileStamp.of(
				Files.readAttributes(DIR.resolve("a.md"), java.nio.file.attribute.BasicFileAttributes.class), salt(),
				System.currentTimeMillis()));
		assertCounts(this.loader.load(), 0, 1, 0, 0);
	}

	@Test
	void aFileEditedSinceItsStampIsLoaded() throws IOException {
		write("a.md", story("Alpha", ""), HOUR_AGO);
		this.loader.load();
		write("a.md", story("Alpha, revised", ""), HOUR_AGO.plusSeconds(60));
		assertCounts(this.loader.load(), 1, 0, 0, 0);
		assertThat(article("a").getTitle()).isEqualTo("Alpha, revised");
	}

	@Test
	void aFileModifiedJustBeforeItWasReadIsReadAgainNextTime() throws IOException {
		write("a.md", story("Alpha", ""), null);
		FileTime written = Files.getLastModifiedTime(DIR.resolve("a.md"));
		assertCounts(this.loader.load(), 1, 0, 0, 0);
		assertThat(article("a").getSourceStamp()).isNull();
		// an edit in the same clock tick: same size, same modification time
		write("a.md", story("Omega", ""), written.toInstant());
		assertCounts(this.loader.load(), 1, 0, 0, 0);
		assertThat(article("a").getTitle()).isEqualTo("Omega");
	}

	@Test
	void aTextChangedUnderAKeptSizeAndTimeIsTakenAsUnchangedUntilItsTimeChanges() throws IOException {
		write("a.md", story("Alpha", ""), HOUR_AGO);
		this.loader.load();
		write("a.md", story("Omega", ""), HOUR_AGO);
		assertCounts(this.loader.load(), 0, 1, 0, 0);
		Files.setLastModifiedTime(DIR.resolve("a.md"), FileTime.from(HOUR_AGO.plusSeconds(1)));
		assertCounts(this.loader.load(), 1, 0, 0, 0);
		assertThat(article("a").getTitle()).isEqualTo("Omega");
	}

	@Test
	void aRemovedFileThatReturnsWithItsStampIsRestored() throws IOException {
		write("a.md", story("Alpha", ""), HOUR_AGO);
		this.loader.load();
		Path trash = DIR.resolve("../" + DIR.getFileName() + "-a.md");
		Files.move(DIR.resolve("a.md"), trash);
		assertCounts(this.loader.load(), 0, 0, 1, 0);
		Files.move(trash, DIR.resolve("a.md"));
		assertCounts(this.loader.load(), 1, 0, 0, 0);
		assertThat(article("a").isRemoved()).isFalse();
	}

	private Article article(String slug) {
		return this.articles.findBySlug(slug).orElseThrow();
	}

	private static String salt() {
		return "broadsheet-story-4|UTC|en";
	}

	private static void write(String path, String text, Instant modified) throws IOException {
		LoaderFixture.write(DIR, path, text);
		if (modified != null) {
			Files.setLastModifiedTime(DIR.resolve(path), FileTime.from(modified));
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	@Import(LoaderFixture.SiteAndClock.class)
	static class Config {

		@Bean
		ContentProperties contentProperties() {
			return LoaderFixture.unwatched(DIR);
		}

	}

}
