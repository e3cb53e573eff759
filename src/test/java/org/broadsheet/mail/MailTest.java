package org.broadsheet.mail;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.broadsheet.MutableClock;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A whole portal sending to the {@link MailSink}, with a clock tests move and a worker
 * that runs only when a test calls it (so every step is deterministic). Every mail test
 * shares this one configuration, so they share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(properties = { "broadsheet.site-url=https://news.example.org", "broadsheet.name=The Test Gazette",
		"broadsheet.mail.from=The Test Gazette <news@example.org>", "broadsheet.mail.poll-interval=1h",
		"broadsheet.replies.flood-seconds=0", "broadsheet.replies.previously-approved-trusted=false" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ContextConfiguration(initializers = MailSink.Initializer.class)
@Import(MailTest.Clocks.class)
@interface MailTest {

	/** The portal's clock, moved by tests. */
	@TestConfiguration(proxyBeanMethods = false)
	class Clocks {

		@Bean
		@Primary
		MutableClock mailClock() {
			return new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
		}

	}

}
