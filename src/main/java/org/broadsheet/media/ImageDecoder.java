package org.broadsheet.media;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes JPEG and PNG pixels within a memory bound: one picture at a time, read with
 * subsampling when it has more than {@link #MAX_DECODED_PIXELS}, so a large photo costs
 * at most some 50 MB however many arrive at once. The size was checked from the header
 * before this runs. A decoder warning that the data ends early refuses the picture.
 */
final class ImageDecoder {

	/** The most pixels held decoded: 8 megapixels, enough for any width variant. */
	static final long MAX_DECODED_PIXELS = 8_000_000L;

	/**
	 * Decoder warnings that mean the pixels stop early; others (stray bytes) are
	 * harmless.
	 */
	private static final Pattern CUT_SHORT = Pattern.compile("(?i)premature|truncat|end of (file|stream)|EOF");

	private static final Semaphore ONE_AT_A_TIME = new Semaphore(1, true);

	private ImageDecoder() {
	}

	/** Runs work that holds decoded pixels, one at a time across the portal. */
	static <T> T exclusively(java.util.function.Supplier<T> work) {
		ONE_AT_A_TIME.acquireUninterruptibly();
		try {
			return work.get();
		}
		finally {
			ONE_AT_A_TIME.release();
		}
	}

	/** The upright picture, at most {@link #MAX_DECODED_PIXELS}. */
	static BufferedImage decode(byte[] bytes, ImageType type, Inspection inspection) {
		return upright(read(bytes, type, inspection), inspection.orientation());
	}

	private static BufferedImage read(byte[] bytes, ImageType type, Inspection inspection) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type.extension());
			if (!readers.hasNext()) {
				throw ImageRefusedException.damaged("no decoder for " + type.label());
			}
			ImageReader reader = readers.next();
			List<String> warnings = new ArrayList<>();
			try {
				reader.setInput(input, true, true);
				reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
				ImageReadParam param = reader.getDefaultReadParam();
				long pixels = (long) inspection.width() * inspection.height();
				int step = (int) Math.ceil(Math.sqrt((double) pixels / MAX_DECODED_PIXELS));
				if (step > 1) {
					param.setSourceSubsampling(step, step, 0, 0);
				}
				BufferedImage image = reader.read(0, param);
				for (String warning : warnings) {
					if (CUT_SHORT.matcher(warning).find()) {
						throw ImageRefusedException.damaged(warning);
					}
				}
				return image;
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ImageRefusedException refused) {
				throw refused;
			}
			throw ImageRefusedException.damaged(String.valueOf(ex.getMessage()));
		}
	}

	/** Applies an EXIF orientation (1-8) so the picture stands as the camera saw it. */
	static BufferedImage upright(BufferedImage image, int orientation) {
		if (orientation <= 1 || orientation > 8) {
			return image;
		}
		int w = image.getWidth();
		int h = image.getHeight();
		AffineTransform t = new AffineTransform();
		switch (orientation) {
			case 2 -> t.setTransform(-1, 0, 0, 1, w, 0);
			case 3 -> t.setTransform(-1, 0, 0, -1, w, h);
			case 4 -> t.setTransform(1, 0, 0, -1, 0, h);
			case 5 -> t.setTransform(0, 1, 1, 0, 0, 0);
			case 6 -> t.setTransform(0, 1, -1, 0, h, 0);
			case 7 -> t.setTransform(0, -1, -1, 0, h, w);
			default -> t.setTransform(0, -1, 1, 0, 0, w);
		}
		boolean turned = orientation >= 5;
		BufferedImage target = new BufferedImage(turned ? h : w, turned ? w : h,
				image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Graphics2D g = target.createGraphics();
		g.drawImage(image, t, null);
		g.dispose();
		return target;
	}

}
