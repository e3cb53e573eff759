package org.broadsheet.media;

/**
 * How to show a picture from {@code /media/}: its address for {@code src}, its
 * {@code srcset} of fingerprinted widths, its full size for {@code width} and
 * {@code height}, and the 1200-pixel (or smaller) copy for Open Graph.
 *
 * @param src the variant for {@code src}, 960 pixels wide or the largest below
 * @param srcset the widths, e.g. {@code /media/a.480w.….jpg 480w, …}
 * @param width the full width in pixels
 * @param height the full height in pixels
 * @param shareUrl the copy for {@code og:image}
 * @param shareWidth its width
 * @param shareHeight its height
 */
public record ResponsiveImage(String src, String srcset, int width, int height, String shareUrl, int shareWidth,
		int shareHeight) {

	/** {@code sizes} for a picture in the story column (at most 42rem wide). */
	public static final String SIZES = "(min-width: 44rem) 42rem, 100vw";

}
