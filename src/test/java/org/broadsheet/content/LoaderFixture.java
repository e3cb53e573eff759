package org.broadsheet.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.broadsheet.article.ArticleRepository;
import org.broadsheet.article.SlugRedirectRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the loader tests share: a temporary content folder, emptied with the database
 * before each test, story files to write into it, and the check of a run's counts.
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

}
