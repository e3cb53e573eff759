package org.broadsheet.content;

import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

/**
 * A story file's size and modification time, with the settings that change how it loads:
 * when a file's stamp equals the one stored with its story, the file is unchanged and is
 * not read at all. A file modified less than {@link #SETTLED} before it was read gets no
 * stamp, so an edit in the same clock tick as the read (same size, same time) is still
 * noticed: the next run reads and hashes it. A file whose content changed while its size
 * and modification time were kept on purpose ({@code touch -r}) is taken as unchanged
 * until its time changes.
 */
final class FileStamp {

	/** How old a file's modification time must be before its stamp is trusted. */
	static final Duration SETTLED = Duration.ofSeconds(2);

	private FileStamp() {
	}

	/**
	 * The stamp of a file as the loader sees it now.
	 * @param attributes the file's attributes
	 * @param salt what goes into every fingerprint besides the file text
	 * @param nowMillis the current time
	 * @return the stamp, or {@code null} when the file was modified too recently
	 */
	static String of(BasicFileAttributes attributes, String salt, long nowMillis) {
		long modified = attributes.lastModifiedTime().toMillis();
		if (nowMillis - modified < SETTLED.toMillis()) {
			return null;
		}
		return attributes.size() + ":" + attributes.lastModifiedTime().to(TimeUnit.MICROSECONDS) + ":" + settings(salt);
	}

	/** The last salt asked for with its hash: one salt per loader, hashed once. */
	private static volatile Settings last;

	private record Settings(String salt, String hash) {

	}

	private static String settings(String salt) {
		Settings settings = last;
		if (settings == null || !settings.salt().equals(salt)) {
			settings = new Settings(salt, digest(salt));
			last = settings;
		}
		return settings.hash();
	}

	private static String digest(String salt) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(salt.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
