package org.broadsheet.reply;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class ReplyPropertiesTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class))
		.withUserConfiguration(Settings.class);

	@Test
	void theDefaultsStart() {
		this.runner.run((context) -> assertThat(context.getBean(ReplyProperties.class).floodSeconds()).isEqualTo(15));
	}

	@Test
	void aNegativeFloodIntervalStopsStartUpNamingTheSetting() {
		this.runner.withPropertyValues("broadsheet.replies.flood-seconds=-1")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("broadsheet.replies")
				.hasMessageContaining("floodSeconds"));
	}

	@Test
	void aFormTokenLifetimeUnderAMinuteStopsStartUp() {
		this.runner.withPropertyValues("broadsheet.replies.form-token-lifetime=0s")
			.run((context) -> assertThat(context).hasFailed());
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(ReplyProperties.class)
	static class Settings {

	}

}
