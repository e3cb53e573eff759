package org.broadsheet.article;

import java.time.Clock;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The clock of reader page tests stands still at {@link ArticleBuilder#NOW}.
 */
@TestConfiguration(proxyBeanMethods = false)
class FixedClockConfiguration {

	@Bean
	@Primary
	Clock fixedClock() {
		return Clock.fixed(ArticleBuilder.NOW, ZoneOffset.UTC);
	}

}
