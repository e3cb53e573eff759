package org.broadsheet.article;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import org.broadsheet.EmbeddedPostgresInitializer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Article ids move from the column's identity to a sequence (Flyway V12) with the stories
 * of an earlier version in place: they keep their ids, and the first block Hibernate
 * takes from the sequence starts above the highest of them, on H2 and on PostgreSQL.
 */
class ArticleSequenceMigrationTests {

	/** The allocation size of {@code Article.id}. */
	private static final int BLOCK = 50;

	@Test
	void idsFromTheSequenceStartAboveStoredStoriesOnH2() throws SQLException {
		String url = "jdbc:h2:mem:sequence-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		assertFirstBlockStartsAboveStoredIds(url, "sa", "", "SELECT NEXT VALUE FOR article_seq");
	}

	@Test
	void idsFromTheSequenceStartAboveStoredStoriesOnPostgresql() throws SQLException {
		Map<String, Object> database = EmbeddedPostgresInitializer.newDatabase();
		assertFirstBlockStartsAboveStoredIds((String) database.get("BROADSHEET_DB_URL"),
				(String) database.get("BROADSHEET_DB_USER"), (String) database.get("BROADSHEET_DB_PASSWORD"),
				"SELECT nextval('article_seq')");
	}

	@Test
	void anEmptyDatabaseStartsAtOne() throws SQLException {
		String url = "jdbc:h2:mem:sequence-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		flyway(url, "sa", "", null).migrate();
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement()) {
			assertThat(firstIdOfBlock(statement, "SELECT NEXT VALUE FOR article_seq")).isEqualTo(1);
		}
	}

	private void assertFirstBlockStartsAboveStoredIds(String url, String user, String password, String nextValue)
			throws SQLException {
		flyway(url, user, password, "11").migrate();
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			insert(statement, "(slug, title, lang, published_at, markdown, html)", "'one', 'One'");
			insert(statement, "(slug, title, lang, published_at, markdown, html)", "'two', 'Two'");
			insert(statement, "(id, slug, title, lang, published_at, markdown, html)", "120, 'three', 'Three'");
			flyway(url, user, password, null).migrate();
			assertThat(ids(statement)).isEqualTo("1,2,120");
			assertThat(firstIdOfBlock(statement, nextValue)).isEqualTo(121);
			assertThat(firstIdOfBlock(statement, nextValue)).isEqualTo(121 + BLOCK);
		}
	}

	/** The first id of the block Hibernate's pooled optimizer takes from one value. */
	private static long firstIdOfBlock(Statement statement, String nextValue) throws SQLException {
		try (ResultSet rows = statement.executeQuery(nextValue)) {
			rows.next();
			return rows.getLong(1) - BLOCK + 1;
		}
	}

	private static void insert(Statement statement, String columns, String values) throws SQLException {
		statement.execute("INSERT INTO article " + columns + " VALUES (" + values
				+ ", 'en', TIMESTAMP WITH TIME ZONE '2025-01-01 00:00:00+00', '', '')");
	}

	private static String ids(Statement statement) throws SQLException {
		StringBuilder ids = new StringBuilder();
		try (ResultSet rows = statement.executeQuery("SELECT id FROM article ORDER BY id")) {
			while (rows.next()) {
				ids.append(ids.isEmpty() ? "" : ",").append(rows.getLong(1));
			}
		}
		return ids.toString();
	}

	private static Flyway flyway(String url, String user, String password, String target) {
		var configuration = Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration");
		if (target != null) {
			configuration.target(target);
		}
		return configuration.load();
	}

}
