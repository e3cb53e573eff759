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
	void gifCommentsAndWebpExifAreDroppedWithoutTouchingThePicture() {
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
