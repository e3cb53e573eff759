package org.broadsheet.cluster;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cluster settings: their defaults, and values that stop start-up.
 */
class ClusterPropertiesTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class))
		.withUserConfiguration(Settings.class);

	@Test
	void oneInstanceRetryingEveryFiveSecondsByDefault() {
		this.runner.run((context) -> {
			ClusterProperties properties = context.getBean(ClusterProperties.class);
			assertThat(properties.enabled()).isFalse();
			assertThat(properties.importRetry()).isEqualTo(Duration.ofSeconds(5));
		});
	}

	@Test
	void aValueThatIsNotOnOrOffStopsStartUpNamingTheSetting() {
		this.runner.withPropertyValues("broadsheet.cluster.enabled=maybe")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasStackTraceContaining("broadsheet.cluster.enabled"));
	}

	@Test
	void aZeroImportRetryStopsStartUpNamingTheSetting() {
		this.runner.withPropertyValues("broadsheet.cluster.import-retry=0s")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("broadsheet.cluster")
				.hasMessageContaining("importRetry"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(ClusterProperties.class)
	static class Settings {

	}

}
