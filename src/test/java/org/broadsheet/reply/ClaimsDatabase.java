package org.broadsheet.reply;

import java.util.UUID;

import org.flywaydb.core.Flyway;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A fresh in-memory H2 database with the migrations applied, for rule tests that need the
 * real claims table but no Spring context.
 */
final class ClaimsDatabase {

	private ClaimsDatabase() {
	}

	static ReplyClaims claims() {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:claims-" + UUID.randomUUID()
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"sa", "");
		Flyway.configure().dataSource(dataSource).load().migrate();
		return new ReplyClaims(new JdbcTemplate(dataSource), java.time.Clock.systemUTC());
	}

}
