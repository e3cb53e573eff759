package org.broadsheet.account;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in throttling settings' sweep interval: its default, and a zero refused.
 */
class LoginPropertiesTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class))
		.withUserConfiguration(Settings.class);

	@Test
	void theSweepRunsEveryTenMinutesByDefault() {
		this.runner.run((context) -> assertThat(context.getBean(LoginProperties.class).sweepInterval())
			.isEqualTo(Duration.ofMinutes(10)));
	}

	@Test
	void aSweepIntervalUnderASecondStopsStartUpNamingTheSetting() {
		this.runner.withPropertyValues("broadsheet.login.sweep-interval=0s")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("broadsheet.login")
				.hasMessageContaining("sweepInterval"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(LoginProperties.class)
	static class Settings {

	}

}
