package org.broadsheet.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.broadsheet.EmbeddedPostgresInitializer;
import org.broadsheet.article.Article;
import org.broadsheet.article.ArticleRepository;
import org.broadsheet.article.SlugRedirectRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.content.LoaderFixture.assertCounts;
import static org.broadsheet.content.LoaderFixture.story;

/**
 * The content loader on a real PostgreSQL: load, unchanged reload, change in place,
 * delete and restore, a slug change and its redirect, Korean text, and a batch with a
 * story the database refuses.
 */
@LoaderSlice
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles({ "test", "postgres" })
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
@Import(ContentLoaderPostgresTests.Config.class)
class ContentLoaderPostgresTests {

	static final Path DIR = LoaderFixture.tempDir("broadsheet-content-pg");

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
	void loadsThenSkipsUnchangedFilesOnPostgresql() throws IOException {
		write("a.md", story("Alpha", ""));
		write("world/b.md", story("Beta", ""));
		assertCounts(this.loader.load(), 2, 0, 0, 0);
		assertCounts(this.loader.load(), 0, 2, 0, 0);
		assertThat(this.articles.findBySlug("b").orElseThrow().getSourcePath()).isEqualTo("world/b.md");
	}

	@Test
	void aChangedFileUpdatesItsArticleInPlaceOnPostgresql() throws IOException {
		write("a.md", story("Alpha", ""));
		this.loader.load();
		Long id = this.articles.findBySlug("a").orElseThrow().getId();
		write("a.md", story("Alpha, revised", "") + "\n## New section\n");
		assertCounts(this.loader.load(), 1, 0, 0, 0);
		Article after = this.articles.findBySlug("a").orElseThrow();
		assertThat(after.getId()).isEqualTo(id);
		assertThat(after.getTitle()).isEqualTo("Alpha, revised");
		assertThat(after.getHtml()).contains("id=\"new-section\"");
	}

	@Test
	void aDeletedFileUnpublishesItsArticleAndItsReturnRestoresItOnPostgresql() throws IOException {
		write("a.md", story("Alpha", ""));
		this.loader.load();
		Long id = this.articles.findBySlug("a").orElseThrow().getId();
		Files.delete(DIR.resolve("a.md"));
		assertCounts(this.loader.load(), 0, 0, 1, 0);
		assertThat(this.articles.findById(id).orElseThrow().isRemoved()).isTrue();
		write("a.md", story("Alpha", ""));
		assertCounts(this.loader.load(), 1, 0, 0, 0);
		assertThat(this.articles.findById(id).orElseThrow().isRemoved()).isFalse();
	}

	@Test
	void aNewSlugKeepsTheArticleAndRedirectsTheOldOneOnPostgresql() throws IOException {
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
	void aKoreanStoryKeepsItsTextSlugAndHeadingIdsOnPostgresql() throws IOException {
		write("seoul.md", "---\ntitle: 서울의 봄\ndate: 2025-04-01\nslug: 서울의-봄\nlang: ko\ntags: [서울, 한국]\n---\n"
				+ "서울에 봄이 왔다.\n\n## 벚꽃 소식\n\n꽃이 피었다.\n");
		assertCounts(this.loader.load(), 1, 0, 0, 0);
		Article story = this.articles.findBySlug("서울의-봄").orElseThrow();
		assertThat(story.getTitle()).isEqualTo("서울의 봄");
		assertThat(story.getLang()).isEqualTo("ko");
		assertThat(story.getHtml()).contains("id=\"벚꽃-소식\"");
		assertCounts(this.loader.load(), 0, 1, 0, 0);
	}

	@Test
	void aStoryTheDatabaseRefusesFailsAloneInItsBatch() throws IOException {
		int count = ContentLoader.BATCH + 10;
		for (int i = 0; i < count; i++) {
			write("batch/s%03d.md".formatted(i), story("Story " + i, ""));
		}
		String deep = "batch/s030-" + (("d".repeat(200) + "/").repeat(5)) + "deep.md";
		write(deep, story("Too deep for the source_path column", ""));
		LoadReport report = this.loader.load();
		assertCounts(report, count, 0, 0, 1);
		assertThat(report.errors()).singleElement().satisfies((problem) -> {
			assertThat(problem.path()).endsWith("deep.md");
			assertThat(problem.reason()).contains("could not be stored");
		});
		assertThat(this.articles.findBySlug("s029")).isPresent();
		assertThat(this.articles.findBySlug("s031")).isPresent();
		assertThat(this.articles.findBySlug("deep")).isEmpty();
		assertCounts(this.loader.load(), 0, count, 0, 1);
	}

	private static void write(String path, String text) throws IOException {
		LoaderFixture.write(DIR, path, text);
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
