package org.broadsheet.article;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.broadsheet.PostgresTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations and the public queries on a real PostgreSQL, not only on H2's PostgreSQL
 * mode. Slugs carry a prefix of their own so stories the content loader may have loaded
 * into the same database never get in the way.
 */
@PostgresTest
@Transactional
class ArticleRepositoryPostgresTests {

	private static final Instant NOW = Instant.parse("2031-03-01T12:00:00Z");

	private static final Pageable ALL = PageRequest.of(0, 500);

	@Autowired
	ArticleRepository articles;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void migrationsRunUnchangedOnPostgresql() throws Exception {
		String product = JdbcUtils.extractDatabaseMetaData(this.dataSource, "getDatabaseProductName");
		assertThat(product).isEqualTo("PostgreSQL");
		List<String> failed = this.jdbc.queryForList("select version from flyway_schema_history where success = false",
				String.class);
		assertThat(failed).isEmpty();
		assertThat(
				this.jdbc.queryForList("select version from flyway_schema_history where success = true", String.class))
			.contains("1");
	}

	@Test
	void publicQueriesHideDraftScheduledAndRemovedStories() {
		Article published = save(story("pg-published", NOW.minus(Duration.ofHours(1))));
		Article draft = story("pg-draft", NOW.minus(Duration.ofDays(1)));
		draft.setDraft(true);
		save(draft);
		save(story("pg-scheduled", NOW.plus(Duration.ofMinutes(1))));
		Article removed = story("pg-removed", NOW.minus(Duration.ofDays(2)));
		removed.setRemoved(true);
		save(removed);

		assertThat(slugs(this.articles.findPublic(NOW, ALL))).contains("pg-published")
			.doesNotContain("pg-draft", "pg-scheduled", "pg-removed");
		assertThat(this.articles.findPublicBySlug("pg-published", NOW)).contains(published);
		assertThat(this.articles.findPublicBySlug("pg-draft", NOW)).isEmpty();
		assertThat(this.articles.findPublicBySlug("pg-scheduled", NOW)).isEmpty();
		assertThat(this.articles.findPublicBySlug("pg-removed", NOW)).isEmpty();
	}

	@Test
	void scheduledStoryBecomesPublicWhenItsTimeComes() {
		Instant at = NOW.plus(Duration.ofHours(2));
		save(story("pg-embargoed", at));

		assertThat(this.articles.findPublicBySlug("pg-embargoed", at.minusSeconds(1))).isEmpty();
		assertThat(this.articles.findPublicBySlug("pg-embargoed", at)).isPresent();
	}

	@Test
	void findsPublicStoriesByDeskTagAndAuthorNewestFirst() {
		Article older = story("pg-older", NOW.minus(Duration.ofDays(3)));
		older.setDesk(Desk.named("PG World"));
		older.setTags(List.of(Tag.named("PG South Korea")));
		older.setAuthors(List.of(Author.named("PG Kim Min-ji")));
		save(older);
		Article newer = story("pg-newer", NOW.minus(Duration.ofDays(1)));
		newer.setDesk(Desk.named("PG World"));
		newer.setTags(List.of(Tag.named("PG South Korea"), Tag.named("PG Trade")));
		newer.setAuthors(List.of(Author.named("PG Kim Min-ji"), Author.named("PG Jo Lee")));
		save(newer);
		Article hidden = story("pg-hidden", NOW.minus(Duration.ofHours(5)));
		hidden.setDesk(Desk.named("PG World"));
		hidden.setTags(List.of(Tag.named("PG South Korea")));
		hidden.setAuthors(List.of(Author.named("PG Kim Min-ji")));
		hidden.setDraft(true);
		save(hidden);

		assertThat(slugs(this.articles.findPublicByDesk("pg-world", NOW, ALL))).containsExactly("pg-newer", "pg-older");
		assertThat(slugs(this.articles.findPublicByTag("pg-south-korea", NOW, ALL))).containsExactly("pg-newer",
				"pg-older");
		assertThat(slugs(this.articles.findPublicByTag("pg-trade", NOW, ALL))).containsExactly("pg-newer");
		assertThat(slugs(this.articles.findPublicByAuthor("pg-kim-min-ji", NOW, ALL))).containsExactly("pg-newer",
				"pg-older");
		assertThat(this.articles.findPublicByDesk("pg-world", NOW, ALL).getTotalElements()).isEqualTo(2);
		assertThat(this.articles.findPublicDesks(NOW)).contains(Desk.named("PG World"));
	}

	@Test
	void unicodeSlugsAndHeadingsSurviveTheRoundTrip() {
		Article seoul = story("pg-서울-시장-선거", NOW.minus(Duration.ofHours(3)));
		seoul.setTitle("서울 시장 선거");
		seoul.setLang("ko");
		seoul.setDesk(Desk.named("PG 정치"));
		seoul.setTags(List.of(Tag.named("서울"), Tag.named("PG 선거")));
		seoul.setHeadings(List.of(new Heading(2, "배경", "배경"), new Heading(2, "배경", "배경-1")));
		save(seoul);

		Article found = this.articles.findPublicBySlug("pg-서울-시장-선거", NOW).orElseThrow();
		assertThat(found.getTitle()).isEqualTo("서울 시장 선거");
		assertThat(found.getHeadings()).extracting(Heading::anchor).containsExactly("배경", "배경-1");
		assertThat(slugs(this.articles.findPublicByTag("서울", NOW, ALL))).contains("pg-서울-시장-선거");
		assertThat(slugs(this.articles.findPublicByDesk("pg-정치", NOW, ALL))).containsExactly("pg-서울-시장-선거");
	}

	@Test
	void fingerprintsListFileBackedStoriesOnly() {
		Article fromFile = story("pg-from-file", NOW.minus(Duration.ofHours(1)));
		fromFile.setSourcePath("pg/from-file.md");
		fromFile.setContentHash("abc123");
		save(fromFile);
		save(story("pg-written-in-admin", NOW.minus(Duration.ofHours(1))));

		assertThat(this.articles.findSourceFingerprints()).extracting(SourceFingerprint::slug)
			.contains("pg-from-file")
			.doesNotContain("pg-written-in-admin");
	}

	private Article save(Article article) {
		return this.articles.saveAndFlush(article);
	}

	private static Article story(String slug, Instant publishedAt) {
		Article article = new Article(slug);
		article.setTitle("Story " + slug);
		article.setLang("en");
		article.setPublishedAt(publishedAt);
		article.setMarkdown("Body of " + slug);
		article.setHtml("<p>Body of " + slug + "</p>");
		article.setWordCount(3);
		return article;
	}

	private static List<String> slugs(Page<Article> page) {
		return page.map(Article::getSlug).getContent();
	}

}
