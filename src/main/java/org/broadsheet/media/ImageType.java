package org.broadsheet.media;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/** The image types the portal accepts, recognised from their first bytes. */
enum ImageType {

	JPEG("jpg", "image/jpeg", "JPEG"), PNG("png", "image/png", "PNG"), GIF("gif", "image/gif", "GIF"),
	WEBP("webp", "image/webp", "WebP");

	private final String extension;

	private final String contentType;

	private final String label;

	ImageType(String extension, String contentType, String label) {
		this.extension = extension;
		this.contentType = contentType;
		this.label = label;
	}

	String extension() {
		return this.extension;
	}

	String contentType() {
		return this.contentType;
	}

	/** The name people know the type by, e.g. {@code WebP}. */
	String label() {
		return this.label;
	}

	/** Whether the portal can decode this type to make width variants. */
	boolean resizable() {
		return this == JPEG || this == PNG;
	}

	/** The type the bytes hold, or {@code null}. */
	static ImageType of(byte[] b) {
		if (starts(b, 0, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
			return JPEG;
		}
		if (starts(b, 0, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A })) {
			return PNG;
		}
		if (starts(b, 0, ascii("GIF87a")) || starts(b, 0, ascii("GIF89a"))) {
			return GIF;
		}
		if (starts(b, 0, ascii("RIFF")) && starts(b, 8, ascii("WEBP"))) {
			return WEBP;
		}
		return null;
	}

	/** The type a file name claims, or {@code null}. */
	static ImageType ofName(String name) {
		int dot = name.lastIndexOf('.');
		String extension = (dot < 0) ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
		return switch (extension) {
			case "jpg", "jpeg" -> JPEG;
			case "png" -> PNG;
			case "gif" -> GIF;
			case "webp" -> WEBP;
			default -> null;
		};
	}

	private static boolean starts(byte[] bytes, int offset, byte[] magic) {
		return bytes.length >= offset + magic.length
				&& Arrays.equals(bytes, offset, offset + magic.length, magic, 0, magic.length);
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

}
