package org.broadsheet;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring Boot test against a real PostgreSQL: one embedded server per JVM, started
 * on first use, and a fresh database for each Spring context. The {@code postgres}
 * profile is active (after {@code test}, so its datasource wins) and reads the database
 * from {@code BROADSHEET_DB_URL}/{@code _USER}/{@code _PASSWORD}, which
 * {@link EmbeddedPostgresInitializer} supplies; Flyway then runs the migrations
 * unchanged.
 * <p>
 * Outside {@code @SpringBootTest} (a slice test, say), put
 * {@code @ActiveProfiles({"test", "postgres"})} and
 * {@code @ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)} on the
 * class instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@ActiveProfiles({ "test", "postgres" })
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
public @interface PostgresTest {

}
