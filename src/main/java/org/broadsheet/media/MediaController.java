package org.broadsheet.media;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;

/**
 * Serves pictures, always cleaned: at their plain address with an ETag and a short
 * {@code max-age} ({@code broadsheet.media.max-age}), so a replaced file shows within
 * minutes; at a fingerprinted width address with a one-year immutable cache. Anything
 * else under {@code /media/} is a 404.
 */
@Controller
class MediaController {

	private static final CacheControl IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	private final MediaFiles files;

	private final CacheControl shortCache;

	MediaController(MediaFiles files, MediaProperties properties) {
		this.files = files;
		this.shortCache = CacheControl.maxAge(properties.maxAge()).cachePublic();
	}

	@GetMapping(MediaPaths.PREFIX + "**")
	ResponseEntity<Resource> showMedia(HttpServletRequest request) {
		String uri = request.getRequestURI().substring(request.getContextPath().length());
		if (!uri.startsWith(MediaPaths.PREFIX)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND); // "/media" itself
		}
		String path = UriUtils.decode(uri.substring(MediaPaths.PREFIX.length()), StandardCharsets.UTF_8);
		var variant = this.files.findVariant(path);
		if (variant.isPresent()) {
			MediaFiles.Variant found = variant.get();
			return answer(found.file(), found.image(), found.current() ? IMMUTABLE : this.shortCache);
		}
		return this.files.find(path)
			.map((image) -> answer(image.original(), image, this.shortCache))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static ResponseEntity<Resource> answer(Path file, PreparedImage image, CacheControl cache) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(image.type().contentType()))
			.cacheControl(cache)
			.eTag("\"" + image.fingerprint() + "-" + file.getFileName().toString().replace('.', '-') + "\"")
			.body(new FileSystemResource(file));
	}

}
