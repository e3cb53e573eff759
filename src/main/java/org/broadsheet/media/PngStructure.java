package org.broadsheet.media;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Walks a PNG's chunks: the size from its header, the orientation from an {@code eXIf}
 * chunk, and a copy with only the chunks that draw the picture (critical chunks,
 * transparency, colour and animation chunks); text, EXIF and time chunks are dropped.
 */
final class PngStructure {

	private static final Set<String> KEPT = Set.of("tRNS", "gAMA", "cHRM", "sRGB", "iCCP", "sBIT", "pHYs", "bKGD",
			"cICP", "acTL", "fcTL", "fdAT");

	private PngStructure() {
	}

	static Inspection inspect(byte[] b) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
		out.write(b, 0, 8);
		int at = 8;
		int width = 0;
		int height = 0;
		int orientation = 1;
		while (at + 12 <= b.length) {
			long length = ExifOrientation.u32(b, at, false);
			String type = new String(b, at + 4, 4, StandardCharsets.ISO_8859_1);
			if (length > b.length - at - 12L) {
				break;
			}
			int data = at + 8;
			int end = data + (int) length + 4;
			if (type.equals("IHDR") && length >= 8) {
				width = (int) Math.min(Integer.MAX_VALUE, ExifOrientation.u32(b, data, false));
				height = (int) Math.min(Integer.MAX_VALUE, ExifOrientation.u32(b, data + 4, false));
			}
			if (type.equals("eXIf")) {
				orientation = ExifOrientation.read(b, data, data + (int) length);
			}
			if (Character.isUpperCase(type.charAt(0)) || KEPT.contains(type)) {
				out.write(b, at, end - at);
			}
			if (type.equals("IEND")) {
				if (width <= 0 || height <= 0) {
					throw ImageRefusedException.damaged("the PNG has no size");
				}
				return new Inspection(width, height, orientation, out.toByteArray());
			}
			at = end;
		}
		throw ImageRefusedException.damaged("the PNG is cut short");
	}

}
