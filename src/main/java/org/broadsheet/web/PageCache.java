package org.broadsheet.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Rendered anonymous reader pages, kept for a moment so a busy story costs one render a
 * second instead of one a request. Features that change what a page shows call
 * {@link #evictAll()}.
 */
@Component
public class PageCache {

	private final PageCacheProperties properties;

	private final Clock clock;

	private final Map<String, CachedPage> pages = new ConcurrentHashMap<>();

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

	CachedPage get(String key) {
		CachedPage page = this.pages.get(key);
		if (page == null || !this.clock.instant().isBefore(page.expires())) {
			return null;
		}
		return page;
	}

	void put(String key, int status, List<Map.Entry<String, String>> headers, byte[] body) {
		if (this.pages.size() >= this.properties.maxEntries()) {
			this.pages.clear();
		}
		Instant expires = this.clock.instant().plus(this.properties.ttl());
		this.pages.put(key, new CachedPage(status, List.copyOf(headers), body, expires));
	}

	record CachedPage(int status, List<Map.Entry<String, String>> headers, byte[] body, Instant expires) {

		String header(String name) {
			return this.headers.stream()
				.filter((header) -> header.getKey().equalsIgnoreCase(name))
				.map(Map.Entry::getValue)
				.findFirst()
				.orElse(null);
		}

	}

}
