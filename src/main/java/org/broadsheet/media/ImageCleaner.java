package org.broadsheet.media;

import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Makes an image safe to publish: recognised from its bytes, checked against the name it
 * came with, its size read from the header and bounded before any pixel is decoded, then
 * stored without EXIF, XMP, IPTC or maker notes, upright, with its width variants.
 */
@Component
class ImageCleaner {

	/**
	 * The widths made for {@code srcset} (1200 is the Open Graph size); never upscaled.
	 */
	static final int[] WIDTHS = { 480, 960, 1200, 1600 };

	private final MediaProperties properties;

	ImageCleaner(MediaProperties properties) {
		this.properties = properties;
	}

	/**
	 * Cleans an image.
	 * @param bytes the file
	 * @param name the name it came with, for its claimed type
	 * @return the clean picture and its variants
	 * @throws ImageRefusedException naming what is wrong with it
	 */
	CleanImage clean(byte[] bytes, String name) {
		ImageType type = ImageType.of(bytes);
		if (type == null) {
			throw new ImageRefusedException("media.refused.type", "not a JPEG, PNG, WebP or GIF image");
		}
		ImageType claimed = ImageType.ofName(name);
		if (claimed != null && claimed != type) {
			throw new ImageRefusedException("media.refused.mislabelled",
					"named as " + claimed.label() + " but holds a " + type.label() + " image", claimed.label(),
					type.label());
		}
		Inspection inspection = inspect(bytes, type);
		long pixels = (long) inspection.width() * inspection.height();
		if (pixels > this.properties.maxPixels()) {
			long limit = this.properties.maxPixels() / 1_000_000;
			throw new ImageRefusedException(
					"media.refused.pixels", inspection.width() + " x " + inspection.height()
							+ " pixels is more than the " + limit + "-megapixel limit",
					inspection.width(), inspection.height(), limit);
		}
		if (!type.resizable()) {
			return unresizable(bytes, type, inspection);
		}
		return ImageDecoder.exclusively(() -> resized(bytes, type, inspection));
	}

	private Inspection inspect(byte[] bytes, ImageType type) {
		return switch (type) {
			case JPEG -> JpegStructure.inspect(bytes);
			case PNG -> PngStructure.inspect(bytes);
			case GIF -> GifStructure.inspect(bytes);
			case WEBP -> WebpStructure.inspect(bytes);
		};
	}

	private CleanImage unresizable(byte[] bytes, ImageType type, Inspection inspection) {
		if (this.properties.keepMetadata()) {
			return new CleanImage(type, bytes, inspection.uprightWidth(), inspection.uprightHeight(), Map.of());
		}
		if (inspection.orientation() != 1) {
			throw new ImageRefusedException("media.refused.turned",
					"a " + type.label() + " image with a rotation flag cannot be turned upright here", type.label());
		}
		return new CleanImage(type, inspection.stripped(), inspection.width(), inspection.height(), Map.of());
	}

	private CleanImage resized(byte[] bytes, ImageType type, Inspection inspection) {
		BufferedImage upright = ImageDecoder.decode(bytes, type, inspection);
		byte[] original;
		int width = inspection.uprightWidth();
		int height = inspection.uprightHeight();
		if (this.properties.keepMetadata()) {
			original = bytes;
		}
		else if (inspection.orientation() != 1) {
			original = ImageEncoder.encode(upright, type);
			width = upright.getWidth();
			height = upright.getHeight();
		}
		else {
			original = inspection.stripped();
		}
		Map<Integer, byte[]> variants = new LinkedHashMap<>();
		for (int w : WIDTHS) {
			if (w < upright.getWidth()) {
				variants.put(w, ImageEncoder.encode(ImageEncoder.scale(upright, w), type));
			}
		}
		return new CleanImage(type, original, width, height, variants);
	}

}
