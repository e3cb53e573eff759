package org.broadsheet.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;

/**
 * The pictures in the content folder, newest first, each with its size, alt text and the
 * stories using it; a picture no story uses may be deleted.
 */
@Service
class MediaLibrary {

	/** The most pictures listed at once. */
	static final int LIMIT = 200;

	private final MediaRoot root;

	private final MediaFiles files;

	private final MediaUsage usage;

	private final MediaImageRepository uploads;

	MediaLibrary(MediaRoot root, MediaFiles files, MediaUsage usage, MediaImageRepository uploads) {
		this.root = root;
		this.files = files;
		this.usage = usage;
		this.uploads = uploads;
	}

	List<LibraryItem> list() {
		Map<String, String> alts = this.uploads.findAll()
			.stream()
			.collect(Collectors.toMap(MediaImage::getPath, MediaImage::getAlt, (a, b) -> a));
		return paths().stream().map((path) -> item(path, alts.get(path))).flatMap(Optional::stream).toList();
	}

	/**
	 * Deletes a picture no story uses.
	 * @param path its path below the content folder
	 * @return the stories still using it (nothing deleted), or none (deleted)
	 * @throws ResponseStatusException 404 when there is no such picture
	 */
	List<MediaUsage.StoryRef> delete(String path) {
		Optional<PreparedImage> image = this.files.find(path);
		if (image.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no picture " + path);
		}
		List<MediaUsage.StoryRef> users = this.usage.storiesUsing(url(path), image.get().type());
		if (users.isEmpty()) {
			try {
				Files.deleteIfExists(this.root.root().resolve(path));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			this.uploads.deleteById(path);
		}
		return users;
	}

	private Optional<LibraryItem> item(String path, String alt) {
		return this.files.find(path).map((image) -> {
			String url = url(path);
			int thumb = image.files().firstKey();
			String markdown = "![" + ((alt != null) ? alt.replace("]", "\\]") : "") + "](" + url + ")";
			return new LibraryItem(path, url, MediaFiles.variantUrl(url, image, thumb), image.width(), image.height(),
					size(image.original()), alt, markdown, this.usage.storiesUsing(url, image.type()));
		});
	}

	private List<String> paths() {
		Path top = this.root.root();
		if (!Files.isDirectory(top)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(top, 16, new FileVisitOption[0])) {
			Function<Path, String> relative = (p) -> top.relativize(p).toString().replace('\\', '/');
			return walk.filter(Files::isRegularFile)
				.filter((p) -> MediaPaths.isServable(relative.apply(p)))
				.sorted(Comparator.comparing(MediaLibrary::modified).reversed())
				.limit(LIMIT)
				.map(relative)
				.toList();
		}
		catch (IOException | UncheckedIOException ex) {
			return List.of();
		}
	}

	static String url(String path) {
		return MediaPaths.PREFIX + UriUtils.encodePath(path, StandardCharsets.UTF_8);
	}

	private static long modified(Path file) {
		try {
			return Files.getLastModifiedTime(file).toMillis();
		}
		catch (IOException ex) {
			return 0;
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return 0;
		}
	}

	/**
	 * A picture in the library.
	 *
	 * @param path its path below the content folder
	 * @param url its plain address
	 * @param thumbnail its narrowest copy
	 * @param width full width
	 * @param height full height
	 * @param bytes the size of the cleaned picture
	 * @param alt the alt text given at upload, or {@code null}
	 * @param markdown the Markdown to paste into a story
	 * @param usedBy the stories showing it
	 */
	record LibraryItem(String path, String url, String thumbnail, int width, int height, long bytes, String alt,
			String markdown, List<MediaUsage.StoryRef> usedBy) {

		public long kilobytes() {
			return Math.max(1, (this.bytes + 512) / 1024);
		}

		public int thumbnailHeight() {
			return Math.max(1, Math.round(160f * this.height / this.width));
		}

	}

}
