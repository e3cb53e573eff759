package org.broadsheet.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The normalized text of one story file and its fingerprint: the SHA-256 of the text and
 * of the settings that change how it loads, so an unchanged file is skipped unparsed.
 *
 * @param path the path below the content folder, with {@code /}
 * @param text the text without byte order mark, with {@code \n} line endings
 * @param hash the fingerprint, 64 hex digits
 * @param stamp the file's {@link FileStamp} when it was read, {@code null} for a text
 * that is not a file or a file modified just before it was read
 */
record StoryFile(String path, String text, String hash, String stamp) {

	static final long MAX_BYTES = 5L * 1024 * 1024;

	static StoryFile read(Path root, String path, String salt) throws ContentException {
		byte[] bytes;
		String stamp;
		try {
			Path file = root.resolve(path);
			if (!file.toRealPath().startsWith(root.toRealPath())) {
				throw new ContentException("file is a symbolic link whose target is outside the content folder", 0);
			}
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			if (attributes.size() > MAX_BYTES) {
				throw new ContentException("file is larger than 5 MB", 0);
			}
			stamp = FileStamp.of(attributes, salt, System.currentTimeMillis());
			bytes = Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new ContentException("file cannot be read (" + ex.getClass().getSimpleName() + ")", 0);
		}
		String text = decode(bytes);
		int nul = text.indexOf('\0');
		if (nul >= 0) {
			throw new ContentException("file contains NUL characters; is it a binary file, or UTF-16 text? "
					+ "A story must be saved as UTF-8", lineAt(text, nul));
		}
		String normalized = FrontMatterParser.normalize(text);
		return new StoryFile(path, normalized, sha256(salt + "\n" + normalized), stamp);
	}

	/** The text of UTF-8 bytes; else a failure naming the line of the first bad byte. */
	private static String decode(byte[] bytes) throws ContentException {
		if (utf16(bytes)) {
			throw new ContentException("file is UTF-16 text: save it as UTF-8", 1);
		}
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(in, out, true);
		if (result.isError()) {
			int line = 1;
			for (int i = 0; i < in.position(); i++) {
				line += (bytes[i] == '\n') ? 1 : 0;
			}
			throw new ContentException("file is not UTF-8 text (from byte " + (in.position() + 1) + ")", line);
		}
		return out.flip().toString();
	}

	/** A UTF-16 byte order mark, or the {@code -} of {@code ---} next to a zero byte. */
	private static boolean utf16(byte[] bytes) {
		if (bytes.length < 2) {
			return false;
		}
		int first = bytes[0] & 0xff;
		int second = bytes[1] & 0xff;
		return (first == 0xff && second == 0xfe) || (first == 0xfe && second == 0xff) || (first == 0 && second == '-')
				|| (first == '-' && second == 0);
	}

	private static int lineAt(String text, int index) {
		int line = 1;
		for (int i = 0; i < index; i++) {
			line += (text.charAt(i) == '\n') ? 1 : 0;
		}
		return line;
	}

	/** A story text that is not (yet) a file, fingerprinted as if it were read. */
	static StoryFile of(String path, String text, String salt) {
		String normalized = FrontMatterParser.normalize(text);
		return new StoryFile(path, normalized, sha256(salt + "\n" + normalized), null);
	}

	private static String sha256(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
