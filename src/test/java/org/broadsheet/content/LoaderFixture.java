package org.broadsheet.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.stream.Stream;

import org.broadsheet.article.ArticleRepository;
import org.broadsheet.article.SlugRedirectRepository;
import org.broadsheet.web.SiteProperties;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the loader tests share: a temporary content folder, emptied with the database
 * before each test, story files to write into it, the check of a run's counts, and the
 * site and clock they run with.
 */
final class LoaderFixture {

	private LoaderFixture() {
	}

	static Path tempDir(String prefix) {
		try {
			return Files.createTempDirectory(prefix);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A minimal valid story file, with extra front-matter lines. */
	static String story(String title, String extra) {
		return "---\ntitle: " + title + "\ndate: 2025-01-15\n" + extra + "---\nA story about " + title + ".\n";
	}

	static void write(Path dir, String path, String text) throws IOException {
		Path file = dir.resolve(path);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
	}

	static void assertCounts(LoadReport report, int loaded, int unchanged, int removed, int failed) {
		assertThat(new int[] { report.loaded(), report.unchanged(), report.removed(), report.failed() })
			.as(report.summary())
			.containsExactly(loaded, unchanged, removed, failed);
	}

	static void emptyFolderAndDatabase(Path dir, ArticleRepository articles, SlugRedirectRepository redirects)
			throws IOException {
		Files.createDirectories(dir);
		try (Stream<Path> files = Files.walk(dir)) {
			files.sorted(Comparator.reverseOrder()).filter((p) -> !p.equals(dir)).forEach((p) -> p.toFile().delete());
		}
		redirects.deleteAll();
		articles.deleteAll();
	}

	/** Settings for a folder the loader reads on demand, not watched. */
	static ContentProperties unwatched(Path dir) {
		return new ContentProperties(dir, new ContentProperties.Watch(false, Duration.ofMillis(50)), true);
	}

	/**
	 * The site and a fixed clock every loader test runs with; each test class adds its
	 * own folder's {@link ContentProperties}.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class SiteAndClock {

		@Bean
		SiteProperties siteProperties() {
			return new SiteProperties("Broadsheet", "http://localhost:8080", ZoneId.of("UTC"), "en");
		}

		@Bean
		Clock clock() {
			return Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
		}

	}

}
