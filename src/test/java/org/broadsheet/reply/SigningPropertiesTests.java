package org.broadsheet.reply;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signing secret setting: unset or blank leaves it to the database, a short one stops
 * start-up without being printed.
 */
class SigningPropertiesTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class))
		.withUserConfiguration(Settings.class);

	@Test
	void unsetTheSecretIsLeftToTheDatabase() {
		this.runner.run((context) -> assertThat(context.getBean(SigningProperties.class).secret()).isNull());
	}

	@Test
	void aBlankSecretCountsAsUnset() {
		this.runner.withPropertyValues("broadsheet.secret=   ")
			.run((context) -> assertThat(context.getBean(SigningProperties.class).secret()).isNull());
	}

	@Test
	void aLongSecretIsUsedAsGiven() {
		this.runner.withPropertyValues("broadsheet.secret=bench-only-secret")
			.run((context) -> assertThat(context.getBean(SigningProperties.class).secret())
				.isEqualTo("bench-only-secret"));
	}

	@Test
	void aSecretUnderSixteenCharactersStopsStartUpNamingTheSetting() {
		this.runner.withPropertyValues("broadsheet.secret=short-secret")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("broadsheet.secret")
				.hasMessageContaining("at least 16 characters"));
	}

	@Test
	void theSecretIsNeverPrinted() {
		assertThat(new SigningProperties("bench-only-secret")).asString().doesNotContain("bench-only-secret");
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(SigningProperties.class)
	static class Settings {

	}

}
