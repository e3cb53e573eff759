package org.broadsheet.media;

import java.nio.file.Path;
import java.util.NavigableMap;

/**
 * A clean picture on disk with its variants.
 *
 * @param fingerprint 16 hex digits naming the source bytes and the cleaning settings
 * @param type its type
 * @param width the full width in pixels
 * @param height the full height in pixels
 * @param files the cached files by width, the full picture included
 */
record PreparedImage(String fingerprint, ImageType type, int width, int height, NavigableMap<Integer, Path> files) {

	Path original() {
		return this.files.get(this.width);
	}

	/** The height of the copy of a given width, rounded as the scaler rounds it. */
	int heightAt(int w) {
		return Math.max(1, (int) Math.round((double) this.height * w / this.width));
	}

}
