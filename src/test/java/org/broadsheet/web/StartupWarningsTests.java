package org.broadsheet.web;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class StartupWarningsTests {

	static SiteProperties site(String url) {
		return new SiteProperties("Broadsheet", url, ZoneId.of("UTC"), "en");
	}

	static MockEnvironment postgres() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:postgresql://db:5432/broadsheet");
		environment.setActiveProfiles("postgres");
		return environment;
	}

	@Test
	void postgresWithTheDevelopmentSiteUrlAndNoSecretWarnsOnceForEach(CapturedOutput output) {
		new StartupWarnings(postgres(), site("http://localhost:8080")).warn();
		assertThat(output).containsOnlyOnce("broadsheet.site-url is still http://localhost:8080")
			.containsOnlyOnce("broadsheet.secret is not set");
		assertThat(output.toString().lines().filter((line) -> line.contains("WARN"))).hasSize(2);
	}

	@Test
	void productionSettingsStartQuietly() {
		MockEnvironment environment = postgres().withProperty("broadsheet.secret", "a-long-random-secret");
		assertThat(new StartupWarnings(environment, site("https://news.example.org")).warnings()).isEmpty();
	}

	@Test
	void theEmbeddedDatabaseOnOneServerNeedsNeither() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:h2:file:./data/broadsheet");
		assertThat(new StartupWarnings(environment, site("http://localhost:8080")).warnings()).isEmpty();
	}

	@Test
	void anyDatabaseServerCouldBeSharedSoTheSecretMatters() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:postgresql://db/broadsheet");
		assertThat(new StartupWarnings(environment, site("https://news.example.org")).warnings()).singleElement()
			.asString()
			.contains("BROADSHEET_SECRET");
	}

}
