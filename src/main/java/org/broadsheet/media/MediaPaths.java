package org.broadsheet.media;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

import org.springframework.web.util.UriUtils;

/**
 * Where the files beside stories are served: {@code content/world/photo.jpg} is
 * {@code /media/world/photo.jpg}. Only images are served.
 */
public final class MediaPaths {

	public static final String PREFIX = "/media/";

	static final Set<String> IMAGE_EXTENSIONS = Set.of("jpg", "jpeg", "png", "webp", "gif");

	private MediaPaths() {
	}

	public static boolean isImage(String name) {
		int dot = name.lastIndexOf('.');
		return dot > 0 && IMAGE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
	}

	/**
	 * Whether a decoded path below {@code /media/} may name a picture: an image
	 * extension, no {@code ..}, backslash, control character or hidden segment.
	 */
	static boolean isServable(String path) {
		if (!isImage(path) || path.contains("..") || path.contains("\\") || path.startsWith("/")
				|| path.chars().anyMatch(Character::isISOControl)) {
			return false;
		}
		for (String segment : path.split("/")) {
			if (segment.isEmpty() || segment.startsWith(".")) {
				return false;
			}
		}
		return true;
	}

	/** The URL folder of a story's own folder, e.g. {@code /media/world/}. */
	public static String folderOf(String storyPath) {
		int slash = storyPath.lastIndexOf('/');
		return (slash < 0) ? PREFIX : PREFIX + encode(storyPath.substring(0, slash)) + "/";
	}

	/**
	 * The URL of a file named relative to a story, or {@code null} when it leaves the
	 * content folder.
	 */
	public static String resolve(String storyPath, String relative) {
		Deque<String> segments = new ArrayDeque<>();
		int slash = storyPath.lastIndexOf('/');
		String joined = ((slash < 0) ? "" : storyPath.substring(0, slash + 1)) + relative;
		for (String segment : joined.split("/")) {
			if (segment.equals("..")) {
				if (segments.isEmpty()) {
					return null;
				}
				segments.removeLast();
			}
			else if (!segment.isEmpty() && !segment.equals(".")) {
				segments.addLast(segment);
			}
		}
		return segments.isEmpty() ? null : PREFIX + encode(String.join("/", segments));
	}

	private static String encode(String path) {
		return UriUtils.encodePath(path, StandardCharsets.UTF_8);
	}

}
