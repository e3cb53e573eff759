package org.broadsheet.media;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.stereotype.Service;

/**
 * Stores uploaded images under {@code media/} in the content folder, cleaned (no EXIF,
 * XMP, IPTC or maker notes; upright), with a content-hash name, so the same image
 * uploaded twice is one file. The type comes from the bytes and must match the name.
 */
@Service
class MediaUploads {

	static final String FOLDER = "media";

	private final Path contentDir;

	private final ImageCleaner cleaner;

	private final MediaImageRepository images;

	private final Clock clock;

	MediaUploads(ContentFolderProperties content, ImageCleaner cleaner, MediaImageRepository images, Clock clock) {
		this.contentDir = content.dir();
		this.cleaner = cleaner;
		this.images = images;
		this.clock = clock;
	}

	/**
	 * Stores an image.
	 * @param bytes the uploaded file
	 * @param name the name it was uploaded with
	 * @param alt its alt text
	 * @param uploader who uploaded it
	 * @return its public URL, e.g. {@code /media/media/3f2a….png}
	 * @throws ImageRefusedException naming what is wrong with the file
	 */
	String store(byte[] bytes, String name, String alt, String uploader) {
		CleanImage clean = this.cleaner.clean(bytes, (name != null) ? name : "");
		String stored = sha256(clean.original()).substring(0, 32) + "." + clean.type().extension();
		Path file = this.contentDir.resolve(FOLDER).resolve(stored);
		MediaCache.write(file, clean.original());
		this.images.save(new MediaImage(FOLDER + "/" + stored, alt, uploader, this.clock.instant()));
		return MediaPaths.PREFIX + FOLDER + "/" + stored;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
