package org.broadsheet.content;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Finds the story files under the content folder: {@code *.md} in any sub-folder, hidden
 * files and folders skipped, sorted by path. Symbolic links are followed only while their
 * real path stays inside the content folder; a link that leaves it, or a cycle of links,
 * is skipped with one WARN naming it. Every folder walked into has been checked, so a
 * file that is not a link is inside without resolving its real path (one system call
 * instead of one per folder of the path, for each of thousands of files).
 */
final class ContentScanner {

	private static final Log logger = LogFactory.getLog(ContentScanner.class);

	private ContentScanner() {
	}

	static List<String> scan(Path root) throws IOException {
		List<String> paths = new ArrayList<>();
		Path realRoot = root.toRealPath();
		Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
				new SimpleFileVisitor<>() {

					@Override
					public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
						if (dir.equals(root)) {
							return FileVisitResult.CONTINUE;
						}
						return (isHidden(dir) || !inside(realRoot, root, dir)) ? FileVisitResult.SKIP_SUBTREE
								: FileVisitResult.CONTINUE;
					}

					@Override
					public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
						String name = file.getFileName().toString();
						if (attrs.isRegularFile() && !isHidden(file) && name.toLowerCase(Locale.ROOT).endsWith(".md")
								&& (!Files.isSymbolicLink(file) || inside(realRoot, root, file))) {
							paths.add(relative(root, file));
						}
						return FileVisitResult.CONTINUE;
					}

					@Override
					public FileVisitResult visitFileFailed(Path file, IOException ex) {
						if (ex instanceof FileSystemLoopException) {
							logger.warn("Skipped " + printable(relative(root, file)) + ": a cycle of symbolic links");
						}
						return FileVisitResult.CONTINUE;
					}

				});
		paths.sort(null);
		return paths;
	}

	/**
	 * Whether a file's real path is inside the content folder; a symbolic link that
	 * leaves it is logged once, named by its path below the folder.
	 */
	static boolean inside(Path realRoot, Path root, Path file) {
		try {
			if (file.toRealPath().startsWith(realRoot)) {
				return true;
			}
		}
		catch (IOException ex) {
			return false;
		}
		logger.warn("Skipped " + printable(relative(root, file))
				+ ": a symbolic link whose target is outside the content folder");
		return false;
	}

	/** A path fit for one log line: control characters escaped. */
	static String printable(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints()
			.forEach(
					(c) -> out.append(Character.isISOControl(c) ? String.format("\\u%04x", c) : Character.toString(c)));
		return out.toString();
	}

	static boolean isHidden(Path path) {
		return path.getFileName() != null && path.getFileName().toString().startsWith(".");
	}

	static String relative(Path root, Path file) {
		return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
	}

}
