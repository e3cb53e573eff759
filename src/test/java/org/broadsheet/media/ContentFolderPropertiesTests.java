package org.broadsheet.media;

import java.nio.file.Path;
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
 * The content folder as media binds it: the same key, default and environment variable as
 * the content feature, and a location off the file system refused.
 */
class ContentFolderPropertiesTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class))
		.withUserConfiguration(Settings.class);

	@Test
	void theContentFolderIsCalledContentByDefault() {
		this.runner.run((context) -> assertThat(context.getBean(ContentFolderProperties.class).dir().getFileName())
			.isEqualTo(Path.of("content")));
	}

	@Test
	void theEnvironmentVariableNamesTheFolder() {
		this.runner
			.withInitializer((context) -> context.getEnvironment()
				.getPropertySources()
				.addFirst(new SystemEnvironmentPropertySource("test-systemEnvironment",
						Map.of("BROADSHEET_CONTENT_DIR", "newsroom/stories"))))
			.run((context) -> assertThat(context.getBean(ContentFolderProperties.class).dir())
				.isEqualTo(Path.of("newsroom/stories")));
	}

	@Test
	void aFolderThatIsNotOnTheFileSystemStopsStartUpNamingTheSetting() {
		this.runner.withPropertyValues("broadsheet.content.dir=https://example.org/stories")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasStackTraceContaining("broadsheet.content.dir"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(ContentFolderProperties.class)
	static class Settings {

	}

}
