package org.broadsheet.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Stores uploaded images under {@code media/} in the content folder with a content-hash
 * name, so the same image uploaded twice is one file and every name is immutable (served
 * with a one-year cache by {@code /media/**}). The type comes from the bytes, never from
 * the name.
 */
@Service
public class MediaUploads {

	private final Path contentDir;

	MediaUploads(@Value("${broadsheet.content.dir:content}") Path contentDir) {
		this.contentDir = contentDir;
	}

	/**
	 * Stores an image.
	 * @param bytes the uploaded file
	 * @return its public URL, e.g. {@code /media/media/3f2a….png}
	 * @throws IllegalArgumentException when the bytes are not JPEG, PNG, WebP or GIF
	 */
	public String store(byte[] bytes) {
		String extension = extensionOf(bytes);
		if (extension == null) {
			throw new IllegalArgumentException("not a JPEG, PNG, WebP or GIF image");
		}
		String name = sha256(bytes).substring(0, 32) + "." + extension;
		Path file = this.contentDir.resolve("media").resolve(name);
		if (!Files.exists(file)) {
			writeAtomically(file, bytes);
		}
		return MediaPaths.PREFIX + "media/" + name;
	}

	private static void writeAtomically(Path file, byte[] bytes) {
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

	/** The image type from the first bytes, or {@code null}. */
	static String extensionOf(byte[] b) {
		if (starts(b, 0, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
			return "jpg";
		}
		if (starts(b, 0, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A })) {
			return "png";
		}
		if (starts(b, 0, ascii("GIF87a")) || starts(b, 0, ascii("GIF89a"))) {
			return "gif";
		}
		if (starts(b, 0, ascii("RIFF")) && starts(b, 8, ascii("WEBP"))) {
			return "webp";
		}
		return null;
	}

	private static boolean starts(byte[] bytes, int offset, byte[] magic) {
		return bytes.length >= offset + magic.length
				&& Arrays.equals(bytes, offset, offset + magic.length, magic, 0, magic.length);
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
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
