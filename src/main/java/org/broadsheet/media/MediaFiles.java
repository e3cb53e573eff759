package org.broadsheet.media;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * What a path under {@code /media/} names: a picture at its plain address
 * ({@code world/photo.jpg}) or one of its fingerprinted width variants
 * ({@code world/photo.960w.0123456789abcdef.jpg}).
 */
@Component
class MediaFiles {

	private static final Pattern VARIANT = Pattern
		.compile("^(.*/)?([^/]+)\\.([0-9]{1,5})w\\.([0-9a-f]{16})\\.(jpg|png|gif|webp)$");

	private final MediaRoot root;

	private final MediaCache cache;

	MediaFiles(MediaRoot root, MediaCache cache) {
		this.root = root;
		this.cache = cache;
	}

	/**
	 * A picture at its plain address.
	 * @param path the decoded path below {@code /media/}
	 * @return the prepared picture, or empty when there is none to serve
	 */
	Optional<PreparedImage> find(String path) {
		if (!MediaPaths.isServable(path)) {
			return Optional.empty();
		}
		return this.root.find(path).flatMap((file) -> this.cache.prepare(file, path));
	}

	/**
	 * A width variant: the picture, the width asked for and whether its fingerprint is
	 * current.
	 */
	Optional<Variant> findVariant(String path) {
		Matcher m = VARIANT.matcher(path);
		if (!m.matches()) {
			return Optional.empty();
		}
		String folder = (m.group(1) != null) ? m.group(1) : "";
		ImageType type = ImageType.ofName("x." + m.group(5));
		for (String extension : extensions(type)) {
			Optional<PreparedImage> image = find(folder + m.group(2) + "." + extension);
			if (image.isPresent()) {
				int width = Integer.parseInt(m.group(3));
				Path file = image.get().files().get(width);
				return (file != null) ? Optional.of(new Variant(image.get(), file, m.group(4))) : Optional.empty();
			}
		}
		return Optional.empty();
	}

	private static List<String> extensions(ImageType type) {
		String e = type.extension();
		return (type == ImageType.JPEG) ? List.of("jpg", "jpeg", "JPG", "JPEG", "Jpg")
				: List.of(e, e.toUpperCase(java.util.Locale.ROOT));
	}

	/** The URL of a width variant of the picture at {@code url}. */
	static String variantUrl(String url, PreparedImage image, int width) {
		int slash = url.lastIndexOf('/');
		int dot = url.lastIndexOf('.');
		String stem = (dot > slash) ? url.substring(0, dot) : url;
		return stem + "." + width + "w." + image.fingerprint() + "." + image.type().extension();
	}

	/**
	 * A width variant asked for.
	 *
	 * @param image the picture
	 * @param file the cached file of that width
	 * @param fingerprint the fingerprint in the URL; when it is not the picture's, the
	 * file has changed since the URL was made and the answer must not be kept long
	 */
	record Variant(PreparedImage image, Path file, String fingerprint) {

		boolean current() {
			return this.image.fingerprint().equals(this.fingerprint);
		}

	}

}
