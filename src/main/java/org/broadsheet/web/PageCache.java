package org.broadsheet.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;

import org.springframework.stereotype.Component;

/**
 * Rendered anonymous reader pages, kept for a moment so a busy story costs one render a
 * second instead of one a request. When a page expires, one request renders it again
 * while the others are still served the page it replaces, so a burst of readers never
 * renders the same page at once. Features that change what a page shows call
 * {@link #evictAll()}, which drops every page at once.
 */
@Component
public class PageCache {

	/** Bodies smaller than this are not worth compressing. */
	private static final int MIN_GZIP_SIZE = 1024;

	private final PageCacheProperties properties;

	private final Clock clock;

	private final Map<String, CachedPage> pages = new ConcurrentHashMap<>();

	private final Set<String> rendering = ConcurrentHashMap.newKeySet();

	PageCache(PageCacheProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	PageCacheProperties properties() {
		return this.properties;
	}

	/** Forgets every page: the next request for each renders it again. */
	public void evictAll() {
		this.pages.clear();
	}

	/**
	 * The page to serve for a key, or {@code null} when the caller is to render it and
	 * then call {@link #put} or {@link #release}. An expired page is still served to
	 * everyone but the one request that renders its successor, for at most one more
	 * time-to-live.
	 */
	CachedPage get(String key) {
		CachedPage page = this.pages.get(key);
		if (page == null) {
			return null;
		}
		Instant now = this.clock.instant();
		if (now.isBefore(page.expires())) {
			return page;
		}
		boolean usable = now.isBefore(page.expires().plus(this.properties.ttl()));
		return (usable && !this.rendering.add(key)) ? page : null;
	}

	void put(String key, int status, List<Map.Entry<String, String>> headers, byte[] body) {
		if (this.pages.size() >= this.properties.maxEntries()) {
			this.pages.clear();
		}
		Instant expires = this.clock.instant().plus(this.properties.ttl());
		byte[] gzipped = (body.length >= MIN_GZIP_SIZE) ? gzip(body) : null;
		this.pages.put(key, new CachedPage(status, List.copyOf(headers), body, gzipped, expires));
	}

	/** Ends the render a {@code null} from {@link #get} asked for. */
	void release(String key) {
		this.rendering.remove(key);
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length / 3);
		try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
			out.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * A rendered page; {@code gzipped} is its body compressed once, or {@code null} when
	 * the body is too small to be worth it.
	 */
	record CachedPage(int status, List<Map.Entry<String, String>> headers, byte[] body, byte[] gzipped,
			Instant expires) {

		String header(String name) {
			return this.headers.stream()
				.filter((header) -> header.getKey().equalsIgnoreCase(name))
				.map(Map.Entry::getValue)
				.findFirst()
				.orElse(null);
		}

	}

}
