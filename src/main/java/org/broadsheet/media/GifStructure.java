package org.broadsheet.media;

import java.io.ByteArrayOutputStream;

/**
 * Walks a GIF's blocks: the size from its screen descriptor, and a copy without comments
 * and application blocks (XMP, profiles) other than the animation loop count. Frames are
 * kept as they are, so an animation stays animated.
 */
final class GifStructure {

	private GifStructure() {
	}

	static Inspection inspect(byte[] b) {
		if (b.length < 13) {
			throw ImageRefusedException.damaged("the GIF is cut short");
		}
		int width = ExifOrientation.u16(b, 6, true);
		int height = ExifOrientation.u16(b, 8, true);
		ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
		int at = 13 + colourTable(b[10]);
		check(b, at);
		out.write(b, 0, at);
		while (at < b.length) {
			int block = b[at] & 0xFF;
			if (block == 0x3B) {
				out.write(0x3B);
				return new Inspection(width, height, 1, out.toByteArray());
			}
			int start = at;
			if (block == 0x2C) {
				check(b, at + 10);
				at = skipSubBlocks(b, at + 10 + colourTable(b[at + 9]) + 1);
				out.write(b, start, at - start);
			}
			else if (block == 0x21) {
				check(b, at + 2);
				int label = b[at + 1] & 0xFF;
				at = skipSubBlocks(b, at + 2);
				if (label == 0xF9 || label == 0x01 || (label == 0xFF && loopCount(b, start + 2))) {
					out.write(b, start, at - start);
				}
			}
			else {
				throw ImageRefusedException.damaged("the GIF holds an unknown block");
			}
		}
		throw ImageRefusedException.damaged("the GIF is cut short");
	}

	private static int colourTable(byte flags) {
		return ((flags & 0x80) != 0) ? 3 * (1 << ((flags & 0x07) + 1)) : 0;
	}

	private static boolean loopCount(byte[] b, int at) {
		return JpegStructure.starts(b, at, "\u000bNETSCAPE2.0") || JpegStructure.starts(b, at, "\u000bANIMEXTS1.0");
	}

	private static int skipSubBlocks(byte[] b, int at) {
		while (true) {
			check(b, at + 1);
			int size = b[at] & 0xFF;
			at += 1 + size;
			if (size == 0) {
				return at;
			}
		}
	}

	private static void check(byte[] b, int needed) {
		if (needed > b.length) {
			throw ImageRefusedException.damaged("the GIF is cut short");
		}
	}

}
