package org.broadsheet.feed;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;

import org.broadsheet.MutableClock;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

/**
 * One running application (random port, MockMvc too) with a hand-moved clock, shared by
 * the discovery web tests so the context starts once. The sample stories of
 * {@code content/} are loaded, as a reader would find them. The clock stands at
 * {@link #NOW}, years after any sample story, so fixtures are the newest stories.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "broadsheet.site-url=https://news.example.org", "broadsheet.content.dir=content" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(DiscoveryTest.Config.class)
public @interface DiscoveryTest {

	Instant NOW = Instant.parse("2031-03-10T12:00:00Z");

	@TestConfiguration(proxyBeanMethods = false)
	class Config {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(NOW);
		}

	}

}
