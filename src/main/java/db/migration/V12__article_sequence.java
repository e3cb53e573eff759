package db.migration;

import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Issue 13: article ids come from a sequence that hands out blocks of {@link #BLOCK}, so
 * Hibernate can send a load's inserts in JDBC batches (an {@code IDENTITY} id makes it
 * insert each story on its own to learn the id). Existing stories keep their ids.
 * Hibernate's pooled optimizer takes a sequence value as the top of a block
 * ({@code value - BLOCK + 1 .. value}), so the sequence starts one block above the
 * highest id: the first block begins right after it. A Java migration because H2 and
 * PostgreSQL share no SQL that starts a sequence at a value read from a table. The
 * column's own identity stays for rows inserted without an id.
 */
public class V12__article_sequence extends BaseJavaMigration {

	/** Must equal the allocation size of {@code Article.id}. */
	static final int BLOCK = 50;

	@Override
	public void migrate(Context context) throws Exception {
		try (Statement statement = context.getConnection().createStatement()) {
			long highest;
			try (ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM article")) {
				rows.next();
				highest = rows.getLong(1);
			}
			statement.execute("CREATE SEQUENCE article_seq START WITH " + (highest + BLOCK) + " INCREMENT BY " + BLOCK);
		}
	}

}
