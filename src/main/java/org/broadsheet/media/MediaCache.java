package org.broadsheet.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;

/**
 * Clean pictures and their width variants, made once per source file version and kept on
 * disk under {@code broadsheet.media.cache-dir} (in the data folder, never served as a
 * folder): {@code <fingerprint>/<width>.<ext>} and a {@code size} file written last. A
 * refused file is logged once per version with one WARN naming it.
 */
@Component
class MediaCache {

	/** The largest source file read. */
	static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

	private static final Log logger = LogFactory.getLog(MediaCache.class);

	private final MediaProperties properties;

	private final ImageCleaner cleaner;

	private final Map<Path, Known> known = new ConcurrentHashMap<>();

	MediaCache(MediaProperties properties, ImageCleaner cleaner) {
		this.properties = properties;
		this.cleaner = cleaner;
	}

	/**
	 * The prepared picture of a source file.
	 * @param source the real path of an image in the content folder
	 * @param name how to name it in a warning (its path below the content folder)
	 * @return the picture, or empty when the file is refused or unreadable
	 */
	Optional<PreparedImage> prepare(Path source, String name) {
		try {
			long size = Files.size(source);
			FileTime modified = Files.getLastModifiedTime(source);
			Known seen = this.known.get(source);
			if (seen != null && seen.size() == size && seen.modified().equals(modified)) {
				return Optional.ofNullable(seen.image());
			}
			PreparedImage image = null;
			if (size > MAX_FILE_BYTES) {
				logger.warn("Refused image " + Printable.of(name) + ": the file is larger than 64 MB");
			}
			else {
				image = prepare(Files.readAllBytes(source), name);
			}
			this.known.put(source, new Known(size, modified, image));
			return Optional.ofNullable(image);
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	private PreparedImage prepare(byte[] bytes, String name) throws IOException {
		String fingerprint = fingerprint(bytes);
		Path dir = this.properties.cacheDir().resolve(fingerprint);
		PreparedImage cached = read(dir, fingerprint);
		if (cached != null) {
			return cached;
		}
		CleanImage clean;
		try {
			clean = this.cleaner.clean(bytes, name);
		}
		catch (ImageRefusedException ex) {
			logger.warn("Refused image " + Printable.of(name) + ": " + Printable.of(ex.getMessage()));
			return null;
		}
		Files.createDirectories(dir);
		String extension = clean.type().extension();
		write(dir.resolve(clean.width() + "." + extension), clean.original());
		clean.variants().forEach((w, variant) -> write(dir.resolve(w + "." + extension), variant));
		write(dir.resolve("size"),
				(clean.type().name() + " " + clean.width() + " " + clean.height()).getBytes(StandardCharsets.US_ASCII));
		return read(dir, fingerprint);
	}

	private static PreparedImage read(Path dir, String fingerprint) throws IOException {
		Path sizeFile = dir.resolve("size");
		if (!Files.isRegularFile(sizeFile)) {
			return null;
		}
		String[] fields = Files.readString(sizeFile, StandardCharsets.US_ASCII).strip().split(" ");
		ImageType type = ImageType.valueOf(fields[0]);
		int width = Integer.parseInt(fields[1]);
		TreeMap<Integer, Path> files = new TreeMap<>();
		for (int w : ImageCleaner.WIDTHS) {
			Path file = dir.resolve(w + "." + type.extension());
			if (w < width && Files.isRegularFile(file)) {
				files.put(w, file);
			}
		}
		files.put(width, dir.resolve(width + "." + type.extension()));
		return new PreparedImage(fingerprint, type, width, Integer.parseInt(fields[2]), files);
	}

	private String fingerprint(byte[] bytes) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(("broadsheet-media-1 keep=" + this.properties.keepMetadata() + "\n")
				.getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(digest.digest(bytes)).substring(0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static void write(Path file, byte[] bytes) {
		try {
			Files.createDirectories(file.getParent());
			Path temp = Files.createTempFile(file.getParent(), ".saving-", ".tmp");
			try {
				Files.write(temp, bytes);
				Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			finally {
				Files.deleteIfExists(temp);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Known(long size, FileTime modified, PreparedImage image) {

	}

}
