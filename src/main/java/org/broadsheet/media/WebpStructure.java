package org.broadsheet.media;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Walks a WebP's RIFF chunks: the size from its VP8X, VP8 or VP8L header, the EXIF
 * orientation, and a copy without the EXIF and XMP chunks (their flags cleared).
 */
final class WebpStructure {

	private WebpStructure() {
	}

	static Inspection inspect(byte[] b) {
		ByteArrayOutputStream chunks = new ByteArrayOutputStream(b.length);
		int at = 12;
		int width = 0;
		int height = 0;
		int orientation = 1;
		long riffEnd = Math.min(b.length, 8 + ExifOrientation.u32(b, 4, true));
		if (riffEnd < b.length - 1 || riffEnd < 20) {
			throw ImageRefusedException.damaged("the WebP is cut short");
		}
		while (at + 8 <= riffEnd) {
			String type = new String(b, at, 4, StandardCharsets.ISO_8859_1);
			long size = ExifOrientation.u32(b, at + 4, true);
			long end = at + 8 + size + (size & 1);
			if (at + 8 + size > b.length) {
				throw ImageRefusedException.damaged("the WebP is cut short");
			}
			int data = at + 8;
			switch (type) {
				case "VP8X" -> {
					width = 1 + u24(b, data + 4);
					height = 1 + u24(b, data + 7);
				}
				case "VP8 " -> {
					if (width == 0 && size >= 10) {
						width = ExifOrientation.u16(b, data + 6, true) & 0x3FFF;
						height = ExifOrientation.u16(b, data + 8, true) & 0x3FFF;
					}
				}
				case "VP8L" -> {
					if (width == 0 && size >= 5) {
						long bits = ExifOrientation.u32(b, data + 1, true);
						width = 1 + (int) (bits & 0x3FFF);
						height = 1 + (int) ((bits >> 14) & 0x3FFF);
					}
				}
				case "EXIF" -> orientation = ExifOrientation.read(b, exifStart(b, data), data + (int) size);
				default -> {
				}
			}
			if (!type.equals("EXIF") && !type.equals("XMP ")) {
				int from = chunks.size();
				chunks.write(b, at, (int) Math.min(end, b.length) - at);
				if (type.equals("VP8X")) {
					byte[] written = chunks.toByteArray();
					written[from + 8] &= (byte) ~0x0C;
					chunks.reset();
					chunks.write(written, 0, written.length);
				}
			}
			at = (int) end;
		}
		if (width <= 0 || height <= 0) {
			throw ImageRefusedException.damaged("the WebP has no size");
		}
		return new Inspection(width, height, orientation, riff(chunks.toByteArray()));
	}

	private static int exifStart(byte[] b, int data) {
		return JpegStructure.starts(b, data, "Exif\0\0") ? data + 6 : data;
	}

	private static int u24(byte[] b, int at) {
		return (b[at] & 0xFF) | ((b[at + 1] & 0xFF) << 8) | ((b[at + 2] & 0xFF) << 16);
	}

	private static byte[] riff(byte[] chunks) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(chunks.length + 12);
		int size = chunks.length + 4;
		out.writeBytes("RIFF".getBytes(StandardCharsets.ISO_8859_1));
		out.writeBytes(new byte[] { (byte) size, (byte) (size >> 8), (byte) (size >> 16), (byte) (size >> 24) });
		out.writeBytes("WEBP".getBytes(StandardCharsets.ISO_8859_1));
		out.writeBytes(chunks);
		return out.toByteArray();
	}

}
