package org.broadsheet.media;

/**
 * What walking an image file's structure found, before any pixel is decoded.
 *
 * @param width the stored width in pixels
 * @param height the stored height in pixels
 * @param orientation the EXIF orientation, 1 (upright) to 8
 * @param stripped the file without EXIF, XMP, IPTC, comments or maker notes
 */
record Inspection(int width, int height, int orientation, byte[] stripped) {

	/** Whether the picture is shown turned a quarter, so width and height swap. */
	boolean turned() {
		return this.orientation >= 5 && this.orientation <= 8;
	}

	int uprightWidth() {
		return turned() ? this.height : this.width;
	}

	int uprightHeight() {
		return turned() ? this.width : this.height;
	}

}
