package org.broadsheet.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.broadsheet.article.ArticleRepository;
import org.broadsheet.article.SlugRedirectRepository;

/**
 * The loader tests' starting point: an empty content folder and no stories stored.
 */
final class LoaderFixture {

	private LoaderFixture() {
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
