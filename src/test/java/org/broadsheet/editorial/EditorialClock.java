package org.broadsheet.editorial;

import java.time.Instant;

import org.broadsheet.MutableClock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The clock the editorial tests move by hand, starting at {@link #START}.
 */
@TestConfiguration(proxyBeanMethods = false)
class EditorialClock {

	static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

	@Bean
	@Primary
	MutableClock editorialClock() {
		return new MutableClock(START);
	}

}
