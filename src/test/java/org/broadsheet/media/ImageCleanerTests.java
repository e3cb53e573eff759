package org.broadsheet.media;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Cleaning pictures without Spring: metadata out, upright, bounded, refused when bad. */
class ImageCleanerTests {

	final ImageCleaner cleaner = new ImageCleaner(properties(false));

	static MediaProperties properties(boolean keepMetadata) {
		return new MediaProperties(DataSize.ofMegabytes(5), keepMetadata, Path.of("target/media-cache"),
				Duration.ofMinutes(5), 50_000_000);
	}

	@Test
	void aPhonePhotoLosesItsLocationAndStandsUprightInEveryWidth() {
		byte[] photo = TestImages.phonePhoto();
		assertThat(TestImages.jpegMarkers(photo)).contains("225");
		CleanImage clean = this.cleaner.clean(photo, "harbour.jpg");
		assertThat(clean.width()).isEqualTo(1000);
		assertThat(clean.height()).isEqualTo(2000);
		assertThat(clean.variants()).containsOnlyKeys(480, 960);
		for (byte[] picture : new byte[][] { clean.original(), clean.variants().get(480), clean.variants().get(960) }) {
			assertThat(TestImages.jpegMarkers(picture)).doesNotContain("225").doesNotContain("237");
			assertThat(TestImages.contains(picture, "Exif")).isFalse();
			assertThat(TestImages.upright(picture)).isTrue();
		}
		assertThat(TestImages.read(clean.variants().get(480)).getWidth()).isEqualTo(480);
	}

	@Test
	void aPictureLargerThanTheDecodingBudgetKeepsItsFullSizeAndGetsEveryWidth() {
		CleanImage clean = this.cleaner.clean(TestImages.png(4000, 2500), "wide.png");
		assertThat(clean.width()).isEqualTo(4000);
		assertThat(TestImages.read(clean.original()).getWidth()).isEqualTo(4000);
		assertThat(clean.variants()).containsOnlyKeys(480, 960, 1200, 1600);
		assertThat(TestImages.read(clean.variants().get(1600)).getHeight()).isEqualTo(1000);
	}

	@Test
	void keepingMetadataIsASetting() {
		byte[] photo = TestImages.phonePhoto();
		CleanImage kept = new ImageCleaner(properties(true)).clean(photo, "harbour.jpg");
		assertThat(kept.original()).isEqualTo(photo);
		assertThat(TestImages.upright(kept.variants().get(480))).isTrue();
	}

	@Test
	void aDecompressionBombIsRefusedFromItsHeaderBeforeDecoding() {
		byte[] bomb = TestImages.pngBomb();
		assertThat(bomb.length).isLessThan(512 * 1024);
		assertThatThrownBy(() -> this.cleaner.clean(bomb, "chart.png")).isInstanceOf(ImageRefusedException.class)
			.hasMessage("50000 x 50000 pixels is more than the 50-megapixel limit");
	}

	@Test
	void truncatedFilesAreRefusedAsDamaged() {
		assertThatThrownBy(() -> this.cleaner.clean(TestImages.cut(TestImages.phonePhoto(), 0.6), "cut.jpg"))
			.isInstanceOf(ImageRefusedException.class)
			.hasMessageStartingWith("damaged or incomplete image");
		assertThatThrownBy(() -> this.cleaner.clean(TestImages.cut(TestImages.png(300, 200), 0.7), "cut.png"))
			.isInstanceOf(ImageRefusedException.class)
			.hasMessageStartingWith("damaged or incomplete image");
	}

	@Test
	void aFileWhoseNameClaimsAnotherTypeIsRefused() {
		assertThatThrownBy(() -> this.cleaner.clean(TestImages.png(30, 20), "photo.gif"))
			.isInstanceOf(ImageRefusedException.class)
			.hasMessage("named as GIF but holds a PNG image");
		assertThatThrownBy(() -> this.cleaner.clean("<?php ?>".getBytes(), "cat.jpg"))
			.isInstanceOf(ImageRefusedException.class)
			.hasMessage("not a JPEG, PNG, WebP or GIF image");
	}

	@Test
	void whatACameraAppendsAfterTheImageIsLeftOut() {
		byte[] jpeg = TestImages
			.write(new java.awt.image.BufferedImage(600, 400, java.awt.image.BufferedImage.TYPE_INT_RGB), "jpeg");
		byte[] trailer = "SEFT GPS 37.5665N 126.9780E".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		byte[] camera = java.util.Arrays.copyOf(jpeg, jpeg.length + trailer.length);
		System.arraycopy(trailer, 0, camera, jpeg.length, trailer.length);
		CleanImage clean = this.cleaner.clean(camera, "IMG_1.jpg");
		assertThat(clean.original()).isEqualTo(jpeg);
		assertThat(TestImages.contains(clean.original(), "GPS")).isFalse();
	}

	@Test
	void aWebpLosesItsExifChunkAndFlagAndATurnedOneIsRefused() {
		byte[] upright = webp(1);
		CleanImage clean = this.cleaner.clean(upright, "map.webp");
		assertThat(clean.width()).isEqualTo(8);
		assertThat(clean.height()).isEqualTo(6);
		assertThat(TestImages.contains(clean.original(), "EXIF")).isFalse();
		assertThat(TestImages.contains(clean.original(), "GPS")).isFalse();
		assertThat(clean.original()[20] & 0x08).as("EXIF flag").isZero();
		assertThat(ExifOrientation.u32(clean.original(), 4, true)).isEqualTo(clean.original().length - 8);
		assertThatThrownBy(() -> this.cleaner.clean(webp(6), "turned.webp")).isInstanceOf(ImageRefusedException.class)
			.hasMessage("a WebP image with a rotation flag cannot be turned upright here");
	}

	/** An 8 x 6 WebP (VP8X, VP8L) with an EXIF chunk: orientation and a GPS note. */
	private static byte[] webp(int orientation) {
		java.io.ByteArrayOutputStream chunks = new java.io.ByteArrayOutputStream();
		chunk(chunks, "VP8X", new byte[] { 0x08, 0, 0, 0, 7, 0, 0, 5, 0, 0 });
		int bits = 7 | (5 << 14);
		chunk(chunks, "VP8L", new byte[] { 0x2F, (byte) bits, (byte) (bits >> 8), (byte) (bits >> 16),
				(byte) (bits >> 24), 0, 0, 0 });
		byte[] tiff = { 'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, 0,
				0, 0, 0, 'G', 'P', 'S', ' ', '3', '7', 'N' };
		chunk(chunks, "EXIF", tiff);
		byte[] body = chunks.toByteArray();
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		out.writeBytes("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		int size = body.length + 4;
		out.writeBytes(new byte[] { (byte) size, (byte) (size >> 8), (byte) (size >> 16), (byte) (size >> 24) });
		out.writeBytes("WEBP".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		out.writeBytes(body);
		return out.toByteArray();
	}

	private static void chunk(java.io.ByteArrayOutputStream out, String type, byte[] data) {
		out.writeBytes(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		out.writeBytes(new byte[] { (byte) data.length, (byte) (data.length >> 8), 0, 0 });
		out.writeBytes(data);
		if (data.length % 2 == 1) {
			out.write(0);
		}
	}

	@Test
	void gifCommentsAreDroppedWithoutTouchingThePicture() {
		byte[] gif = TestImages
			.write(new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_BYTE_INDEXED), "gif");
		byte[] commented = new byte[gif.length + 12];
		int trailer = gif.length - 1;
		System.arraycopy(gif, 0, commented, 0, trailer);
		byte[] comment = { 0x21, (byte) 0xFE, 8, 'G', 'P', 'S', ' ', '3', '7', 'N', '!', 0 };
		System.arraycopy(comment, 0, commented, trailer, comment.length);
		commented[commented.length - 1] = 0x3B;
		CleanImage clean = this.cleaner.clean(commented, "dot.gif");
		assertThat(clean.original()).isEqualTo(gif);
		assertThat(clean.width()).isEqualTo(8);
	}

}
