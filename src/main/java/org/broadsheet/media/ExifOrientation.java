package org.broadsheet.media;

/**
 * Reads the orientation tag (0x0112) from the first directory of an EXIF (TIFF) block.
 */
final class ExifOrientation {

	private ExifOrientation() {
	}

	/**
	 * The orientation in a TIFF structure.
	 * @param b the bytes
	 * @param start where the TIFF header starts
	 * @param end where the block ends
	 * @return 1 to 8; 1 when absent or unreadable
	 */
	static int read(byte[] b, int start, int end) {
		if (end - start < 8) {
			return 1;
		}
		boolean little = b[start] == 'I' && b[start + 1] == 'I';
		if (!little && !(b[start] == 'M' && b[start + 1] == 'M')) {
			return 1;
		}
		long ifd = start + u32(b, start + 4, little);
		if (ifd < start || ifd + 2 > end) {
			return 1;
		}
		int count = u16(b, (int) ifd, little);
		for (int i = 0; i < count; i++) {
			int entry = (int) ifd + 2 + i * 12;
			if (entry + 12 > end) {
				return 1;
			}
			if (u16(b, entry, little) == 0x0112) {
				int value = u16(b, entry + 8, little);
				return (value >= 1 && value <= 8) ? value : 1;
			}
		}
		return 1;
	}

	static int u16(byte[] b, int at, boolean little) {
		int x = b[at] & 0xFF;
		int y = b[at + 1] & 0xFF;
		return little ? (y << 8) | x : (x << 8) | y;
	}

	static long u32(byte[] b, int at, boolean little) {
		long high = u16(b, at, little);
		long low = u16(b, at + 2, little);
		return little ? (low << 16) | high : (high << 16) | low;
	}

}
