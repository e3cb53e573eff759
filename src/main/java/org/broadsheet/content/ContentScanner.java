package org.broadsheet.content;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the story files under the content folder: {@code *.md} in any sub-folder, hidden
 * files and folders skipped, sorted by path.
 */
final class ContentScanner {

	private ContentScanner() {
	}

	static List<String> scan(Path root) throws IOException {
		List<String> paths = new ArrayList<>();
		Files.walkFileTree(root, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
				return (!dir.equals(root) && isHidden(dir)) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
				String name = file.getFileName().toString();
				if (attrs.isRegularFile() && !isHidden(file) && name.toLowerCase(Locale.ROOT).endsWith(".md")) {
					paths.add(relative(root, file));
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path file, IOException ex) {
				return FileVisitResult.CONTINUE;
			}

		});
		paths.sort(null);
		return paths;
	}

	static boolean isHidden(Path path) {
		return path.getFileName() != null && path.getFileName().toString().startsWith(".");
	}

	static String relative(Path root, Path file) {
		return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
	}

}
