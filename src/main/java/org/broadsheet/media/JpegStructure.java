package org.broadsheet.media;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Walks a JPEG's segments up to its image data: the size from the frame header, the EXIF
 * orientation, and a copy without APP1 (EXIF, XMP), APP13 (IPTC), other application
 * segments and comments. JFIF (APP0), ICC colour profiles (APP2) and Adobe's colour
 * transform (APP14) are kept, so colours stay right.
 */
final class JpegStructure {

	private JpegStructure() {
	}

	static Inspection inspect(byte[] b) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
		out.write(0xFF);
		out.write(0xD8);
		int at = 2;
		int width = 0;
		int height = 0;
		int orientation = 1;
		while (true) {
			if (at + 4 > b.length || (b[at] & 0xFF) != 0xFF) {
				throw ImageRefusedException.damaged("the JPEG ends before its image data");
			}
			int marker = b[at + 1] & 0xFF;
			if (marker == 0xFF) {
				at++;
				continue;
			}
			int length = ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
			int end = at + 2 + length;
			if (length < 2 || end > b.length) {
				throw ImageRefusedException.damaged("a JPEG segment runs past the end of the file");
			}
			if (marker == 0xDA) {
				if (width == 0 || height == 0) {
					throw ImageRefusedException.damaged("the JPEG has no frame header");
				}
				int eoi = endOfImage(b, end);
				if (eoi < 0) {
					throw ImageRefusedException.damaged("the JPEG is cut short");
				}
				out.write(b, at, eoi - at);
				return new Inspection(width, height, orientation, out.toByteArray());
			}
			if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC && length >= 7) {
				height = ((b[at + 5] & 0xFF) << 8) | (b[at + 6] & 0xFF);
				width = ((b[at + 7] & 0xFF) << 8) | (b[at + 8] & 0xFF);
			}
			if (marker == 0xE1 && starts(b, at + 4, "Exif\0\0")) {
				orientation = ExifOrientation.read(b, at + 10, end);
			}
			if (keep(b, at, marker)) {
				out.write(b, at, end - at);
			}
			at = end;
		}
	}

	private static boolean keep(byte[] b, int at, int marker) {
		if (marker == 0xFE || marker == 0xE1 || marker == 0xED) {
			return false;
		}
		if (marker >= 0xE0 && marker <= 0xEF) {
			return marker == 0xE0 || marker == 0xEE || (marker == 0xE2 && starts(b, at + 4, "ICC_PROFILE\0"));
		}
		return true;
	}

	/**
	 * Where the image ends, just after its EOI marker, walking the scans and the segments
	 * between them (progressive JPEGs); anything a camera appends after it (trailers that
	 * can carry metadata too) is left out. {@code -1} when the file is cut short.
	 */
	private static int endOfImage(byte[] b, int at) {
		while (at + 1 < b.length) {
			if ((b[at] & 0xFF) != 0xFF) {
				at++;
				continue;
			}
			int marker = b[at + 1] & 0xFF;
			if (marker == 0xD9) {
				return at + 2;
			}
			if (marker == 0x00 || marker == 0xFF || (marker >= 0xD0 && marker <= 0xD7)) {
				at += (marker == 0xFF) ? 1 : 2;
				continue;
			}
			if (at + 4 > b.length) {
				return -1;
			}
			at += 2 + (((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF));
		}
		return -1;
	}

	static boolean starts(byte[] b, int at, String ascii) {
		byte[] magic = ascii.getBytes(StandardCharsets.ISO_8859_1);
		if (at < 0 || at + magic.length > b.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (b[at + i] != magic[i]) {
				return false;
			}
		}
		return true;
	}

}
