package org.broadsheet.media;

import java.util.Map;

/**
 * A picture ready to publish.
 *
 * @param type its type
 * @param original the full picture, upright and without metadata
 * @param width its width in pixels
 * @param height its height in pixels
 * @param variants narrower copies by width (only widths below {@code width})
 */
record CleanImage(ImageType type, byte[] original, int width, int height, Map<Integer, byte[]> variants) {

}
