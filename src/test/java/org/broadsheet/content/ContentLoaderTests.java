package org.broadsheet.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.stream.Stream;

import org.broadsheet.article.Article;
import org.broadsheet.article.ArticleRepository;
import org.broadsheet.article.ArticlesChanged;
import org.broadsheet.article.SlugRedirectRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.content.LoaderFixture.assertCounts;
import static org.broadsheet.content.LoaderFixture.story;

@LoaderSlice
@ActiveProfiles("test")
@Import(ContentLoaderTests.Config.class)
@RecordApplicationEvents
@ExtendWith(OutputCaptureExtension.class)
class ContentLoaderTests {

	static final Path DIR = LoaderFixture.tempDir("broadsheet-content");

	@Autowired
	ContentLoader loader;

	@Autowired
	ArticleRepository articles;

	@Autowired
	SlugRedirectRepository redirects;

	@Autowired
	ApplicationEvents events;

	@BeforeEach
	void emptyFolderAndDatabase() throws IOException {
		LoaderFixture.emptyFolderAndDatabase(DIR, this.articles, this.redirects);
	}

	@Test
	void unchangedFilesAreSkippedOnReload(CapturedOutput output) throws IOException {
		write("a.md", story("Alpha", ""));
		write("world/b.md", story("Beta", ""));
		assertCounts(this.loader.load(), 2, 0, 0, 0);
		this.events.clear();
		assertCounts(this.loader.load(), 0, 2, 0, 0);
		assertThat(this.events.stream(ArticlesChanged.class)).isEmpty();
		assertThat(output).contains("Content loaded: 0 loaded, 2 unchanged, 0 removed, 0 failed in ");
	}

	@Test
	void twoNamesOfOneAddressAreWarnedWithFileAndLine(CapturedOutput output) throws IOException {
		write("a.md", story("Alpha", "tags: [Trade, \"AT&T\"]\n"));
		this.loader.load();
		write("b.md", story("Beta", "section: World\ntags:\n  - Markets\n  - AT T\n"));
		assertThat(this.loader.load().warnings()).singleElement()
			.satisfies((problem) -> assertThat(problem.where()).endsWith("/b.md line 7"));
		assertThat(output).contains("b.md line 7: tags 'AT T' has the address /tags/at-t of tags 'AT&T' in a.md");
	}

	@Test
	void aChangedFileUpdatesItsArticleInPlace() throws IOException {
		write("a.md", story("Alpha", ""));
		this.loader.load();
		Article before = this.articles.findBySlug("a").orElseThrow();
		write("a.md", story("Alpha, revised", "") + "\n## New section\n");
		this.events.clear();
		assertCounts(this.loader.load(), 1, 0, 0, 0);
		Article after = this.articles.findBySlug("a").orElseThrow();
		assertThat(after.getId()).isEqualTo(before.getId());
		assertThat(after.getTitle()).isEqualTo("Alpha, revised");
		assertThat(after.getHtml()).contains("id=\"new-section\"");
		assertThat(this.events.stream(ArticlesChanged.class)).singleElement()
			.extracting(ArticlesChanged::articleIds)
			.satisfies((ids) -> assertThat(ids).containsExactly(before.getId()));
	}

	@Test
	void aDeletedFileUnpublishesItsArticleAndItsReturnRestoresIt() throws IOException {
		write("a.md", story("Alpha", ""));
		this.loader.load();
		Long id = this.articles.findBySlug("a").orElseThrow().getId();
		Files.delete(DIR.resolve("a.md"));
		assertCounts(this.loader.load(), 0, 0, 1, 0);
		assertThat(this.articles.findById(id).orElseThrow().isRemoved()).isTrue();
		assertCounts(this.loader.load(), 0, 0, 0, 0);
		write("a.md", story("Alpha", ""));
		assertCounts(this.loader.load(), 1, 0, 0, 0);
		assertThat(this.articles.findById(id).orElseThrow().isRemoved()).isFalse();
	}

	@Test
	void aMovedFileWithTheSameSlugKeepsItsArticle() throws IOException {
		write("a.md", story("Alpha", ""));
		this.loader.load();
		Long id = this.articles.findBySlug("a").orElseThrow().getId();
		Files.createDirectories(DIR.resolve("archive"));
		Files.move(DIR.resolve("a.md"), DIR.resolve("archive/renamed.md"));
		write("archive/renamed.md", story("Alpha", "slug: a\n"));
		assertCounts(this.loader.load(), 1, 0, 0, 0);
		Article moved = this.articles.findBySlug("a").orElseThrow();
		assertThat(moved.getId()).isEqualTo(id);
		assertThat(moved.getSourcePath()).isEqualTo("archive/renamed.md");
		assertThat(moved.isRemoved()).isFalse();
	}

	@Test
	void aNewSlugKeepsTheArticleAndRedirectsTheOldOne() throws IOException {
		write("a.md", story("Alpha", ""));
		this.loader.load();
		Long id = this.articles.findBySlug("a").orElseThrow().getId();
		write("a.md", story("Alpha", "slug: alpha-story\n"));
		assertCounts(this.loader.load(), 1, 0, 0, 0);
		assertThat(this.articles.findBySlug("alpha-story").orElseThrow().getId()).isEqualTo(id);
		assertThat(this.articles.findBySlug("a")).isEmpty();
		assertThat(this.redirects.findById("a").orElseThrow().getArticleId()).isEqualTo(id);
	}

	@Test
	void theFirstFileInPathOrderKeepsASlug(CapturedOutput output) throws IOException {
		write("a.md", story("First", "slug: same\n"));
		write("b.md", story("Second", "slug: same\n"));
		LoadReport report = this.loader.load();
		assertCounts(report, 1, 0, 0, 1);
		assertThat(this.articles.findBySlug("same").orElseThrow().getTitle()).isEqualTo("First");
		assertThat(output).contains("Skipped " + DIR + "/b.md line 4: slug 'same' is already used by " + DIR + "/a.md");
	}

	@Test
	void aSlugInTheDatabaseWinsOverANewcomer() throws IOException {
		write("m.md", story("Holder", "slug: same\n"));
		this.loader.load();
		write("a.md", story("Newcomer", "slug: same\n"));
		LoadReport report = this.loader.load();
		assertCounts(report, 0, 1, 0, 1);
		assertThat(report.errors()).singleElement()
			.satisfies((e) -> assertThat(e.path()).isEqualTo(DIR + "/a.md"))
			.satisfies((e) -> assertThat(e.reason()).contains(DIR + "/m.md"));
		assertThat(this.articles.findBySlug("same").orElseThrow().getTitle()).isEqualTo("Holder");
	}

	@Test
	void badFilesAreLoggedByNameWhileTheOthersLoad(CapturedOutput output) throws IOException {
		copyFixtures("bad", "good");
		LoadReport report = this.loader.load();
		assertCounts(report, 1, 0, 0, 8);
		assertThat(this.articles.findBySlug("markets-rally")).isPresent();
		assertThat(report.errors()).extracting(LoadProblem::where)
			.containsExactlyInAnyOrder(DIR + "/bad/invalid-date.md line 3", DIR + "/bad/malformed-yaml.md line 3",
					DIR + "/bad/missing-date.md line 1", DIR + "/bad/missing-title.md line 1",
					DIR + "/bad/no-front-matter.md line 1", DIR + "/bad/not-a-map.md line 2",
					DIR + "/bad/not-utf8.md line 2", DIR + "/bad/unterminated.md line 1");
		assertThat(output).contains("Skipped " + DIR + "/bad/invalid-date.md line 3: date '2025-13-45' is not a date");
		assertThat(this.loader.lastReport()).contains(report);
	}

	@Test
	void byteOrderMarkAndCrlfLoadLikeACleanFile() throws IOException {
		copyFixtures("good");
		Files.copy(fixture("markets-rally-crlf.md"), DIR.resolve("markets-rally-crlf.md"));
		assertCounts(this.loader.load(), 2, 0, 0, 0);
		Article clean = this.articles.findBySlug("markets-rally").orElseThrow();
		Article dirty = this.articles.findBySlug("markets-rally-crlf").orElseThrow();
		assertThat(dirty.getContentHash()).isEqualTo(clean.getContentHash());
		assertThat(dirty.getHtml()).isEqualTo(clean.getHtml());
		assertThat(dirty.getMarkdown()).isEqualTo(clean.getMarkdown());
		assertThat(dirty.getTitle()).isEqualTo(clean.getTitle());
		assertThat(dirty.getPublishedAt()).isEqualTo(clean.getPublishedAt());
		assertThat(this.articles.findPublicBySlug("markets-rally-crlf", Instant.parse("2026-01-01T00:00:00Z"))
			.orElseThrow()
			.getHeadings()).hasSize(2);
	}

	@Test
	void aBrokenEditKeepsThePublishedVersion(CapturedOutput output) throws IOException {
		write("a.md", story("Alpha", ""));
		this.loader.load();
		write("a.md", "---\ntitle: Alpha\ndate: not-a-date\n---\nBroken.\n");
		assertCounts(this.loader.load(), 0, 0, 0, 1);
		Article kept = this.articles.findBySlug("a").orElseThrow();
		assertThat(kept.getTitle()).isEqualTo("Alpha");
		assertThat(kept.isRemoved()).isFalse();
		assertThat(output).contains("Skipped " + DIR + "/a.md line 3: date 'not-a-date' is not a date");
	}

	@Test
	void hiddenFoldersAndOtherFilesAreIgnored() throws IOException {
		write("a.md", story("Alpha", ""));
		write(".drafts/b.md", story("Hidden", ""));
		write("notes.txt", "not a story");
		write("photo.jpg", "jpeg");
		assertCounts(this.loader.load(), 1, 0, 0, 0);
		assertThat(this.articles.count()).isEqualTo(1);
	}

	@Test
	void unknownKeysAreWarnedByFileAndKey(CapturedOutput output) throws IOException {
		write("a.md", story("Alpha", "mood: sunny\n"));
		LoadReport report = this.loader.load();
		assertCounts(report, 1, 0, 0, 0);
		assertThat(output).contains("Check " + DIR + "/a.md line 4: unknown front matter key 'mood'");
		assertThat(report.warnings()).hasSize(1);
	}

	private static void write(String path, String text) throws IOException {
		LoaderFixture.write(DIR, path, text);
	}

	private static Path fixture(String path) {
		return Path.of("src/test/resources/content", path);
	}

	private static void copyFixtures(String... folders) throws IOException {
		for (String folder : folders) {
			Files.createDirectories(DIR.resolve(folder));
			try (Stream<Path> files = Files.list(fixture(folder))) {
				for (Path file : files.toList()) {
					Files.copy(file, DIR.resolve(folder).resolve(file.getFileName().toString()),
							StandardCopyOption.REPLACE_EXISTING);
				}
			}
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
