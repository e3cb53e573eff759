package org.broadsheet.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.broadsheet.article.Article;
import org.broadsheet.article.ArticleRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The file watcher on a real folder: new, changed and deleted files reach the articles by
 * themselves while the portal runs.
 */
@LoaderSlice
@ActiveProfiles("test")
@Import({ ContentWatcher.class, ContentWatcherTests.Config.class })
class ContentWatcherTests {

	static final Path DIR = createDir();

	static final Duration DEADLINE = Duration.ofSeconds(20);

	@Autowired
	ArticleRepository articles;

	@Test
	void newChangedAndDeletedFilesAreLoadedWhileThePortalRuns() throws IOException {
		write("world/fresh.md", story("Fresh news"));
		awaitTrue(() -> this.articles.findBySlug("fresh").isPresent());
		Long id = this.articles.findBySlug("fresh").orElseThrow().getId();

		write("world/fresh.md", story("Fresh news, updated"));
		awaitTrue(() -> "Fresh news, updated".equals(title("fresh")));
		assertThat(this.articles.findBySlug("fresh").orElseThrow().getId()).isEqualTo(id);

		Files.delete(DIR.resolve("world/fresh.md"));
		awaitTrue(() -> this.articles.findById(id).map(Article::isRemoved).orElse(false));
	}

	private String title(String slug) {
		return this.articles.findBySlug(slug).map(Article::getTitle).orElse(null);
	}

	private static void awaitTrue(BooleanSupplier condition) {
		long deadline = System.nanoTime() + DEADLINE.toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited %s for the watcher", DEADLINE).isLessThan(deadline);
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	private static String story(String title) {
		return "---\ntitle: " + title + "\ndate: 2025-01-15\n---\nA story about " + title + ".\n";
	}

	private static void write(String path, String text) throws IOException {
		Path file = DIR.resolve(path);
		Files.createDirectories(file.getParent());
		Path temp = Files.writeString(DIR.resolve("." + file.getFileName() + ".tmp"), text);
		Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	private static Path createDir() {
		try {
			return Files.createTempDirectory("broadsheet-watch");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	@Import(LoaderFixture.SiteAndClock.class)
	static class Config {

		@Bean
		ContentProperties contentProperties() {
			return new ContentProperties(DIR, new ContentProperties.Watch(true, Duration.ofMillis(100)), true);
		}

	}

}
