package org.broadsheet.media;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;

/**
 * The files media may read: image files under the content folder, found by their real
 * path. A symbolic link is followed only while its real path stays inside the content
 * folder and outside the data folder; a link that leaves it, or a cycle of links, is
 * answered as missing with one WARN naming the link.
 */
@Component
class MediaRoot {

	private static final Log logger = LogFactory.getLog(MediaRoot.class);

	private final Path root;

	private final Path dataDir;

	MediaRoot(ContentFolderProperties content, MediaProperties properties) {
		this.root = content.dir().toAbsolutePath().normalize();
		Path cache = properties.cacheDir().toAbsolutePath().normalize();
		this.dataDir = (cache.getParent() != null) ? cache.getParent() : cache;
	}

	Path root() {
		return this.root;
	}

	/**
	 * The real path of an image below the content folder.
	 * @param relative the path below the content folder, with {@code /}, already free of
	 * {@code ..} and hidden segments
	 * @return the file, or empty when it is missing, not a regular file or a link that
	 * leaves the content folder
	 */
	Optional<Path> find(String relative) {
		Path file = this.root.resolve(relative).normalize();
		if (!file.startsWith(this.root)) {
			return Optional.empty();
		}
		try {
			Path real = file.toRealPath();
			Path realRoot = this.root.toRealPath();
			if (!real.startsWith(realRoot) || insideDataFolder(real)) {
				logger.warn("Refused /media/" + Printable.of(relative)
						+ ": a symbolic link whose target is outside the content folder");
				return Optional.empty();
			}
			return Files.isRegularFile(real) ? Optional.of(real) : Optional.empty();
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (FileSystemException ex) {
			logger
				.warn("Refused /media/" + Printable.of(relative) + ": " + Printable.of(String.valueOf(ex.getReason())));
			return Optional.empty();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Whether a file is in the data folder (database, search index, media cache) where
	 * that folder lies inside the content folder, as when the content folder is
	 * {@code .}; elsewhere the data folder is outside the content folder and refused as
	 * such.
	 */
	private boolean insideDataFolder(Path real) {
		try {
			return Files.exists(this.dataDir) && !this.root.toRealPath().startsWith(this.dataDir.toRealPath())
					&& real.startsWith(this.dataDir.toRealPath());
		}
		catch (IOException ex) {
			return false;
		}
	}

}
