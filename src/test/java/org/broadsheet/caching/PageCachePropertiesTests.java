package org.broadsheet.caching;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class PageCachePropertiesTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class))
		.withUserConfiguration(Settings.class);

	@Test
	void theDefaultsStart() {
		this.runner.run((context) -> assertThat(context.getBean(PageCacheProperties.class).ttl()).hasMinutes(1));
	}

	@Test
	void aNegativeTimeToLiveStopsStartUpNamingTheSetting() {
		this.runner.withPropertyValues("broadsheet.page-cache.ttl=-1s")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("broadsheet.page-cache")
				.hasMessageContaining("ttl"));
	}

	@Test
	void aCacheOfNoEntriesStopsStartUp() {
		this.runner.withPropertyValues("broadsheet.page-cache.max-entries=0")
			.run((context) -> assertThat(context).hasFailed());
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(PageCacheProperties.class)
	static class Settings {

	}

}
