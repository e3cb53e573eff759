package org.broadsheet.account;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first administrator's password setting: from the property or the environment, and
 * refused at start-up (without being printed) when bcrypt could not use it.
 */
class FirstAdminPropertiesTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class))
		.withUserConfiguration(Settings.class);

	@Test
	void unsetThePasswordIsGenerated() {
		this.runner.run((context) -> assertThat(context.getBean(FirstAdminProperties.class).adminPassword()).isNull());
	}

	@Test
	void theEnvironmentVariableSetsIt() {
		this.runner
			.withInitializer((context) -> context.getEnvironment()
				.getPropertySources()
				.addFirst(new SystemEnvironmentPropertySource("test-systemEnvironment",
						Map.of("BROADSHEET_ADMIN_PASSWORD", "from the environment"))))
			.run((context) -> assertThat(context.getBean(FirstAdminProperties.class).adminPassword())
				.isEqualTo("from the environment"));
	}

	@Test
	void aPasswordOverSeventyTwoBytesStopsStartUpNamingTheSetting() {
		this.runner.withPropertyValues("broadsheet.admin-password=" + "패스워드".repeat(7))
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("BROADSHEET_ADMIN_PASSWORD is longer than 72 bytes")
				.hasMessageContaining("broadsheet.admin-password"));
	}

	@Test
	void thePasswordIsNeverPrinted() {
		assertThat(new FirstAdminProperties("correct horse battery")).asString().doesNotContain("horse");
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(FirstAdminProperties.class)
	static class Settings {

	}

}
