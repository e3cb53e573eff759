package org.broadsheet.caching;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPOutputStream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Rendered anonymous reader pages, kept for a moment so a busy story costs one render a
 * second instead of one a request. When a page expires, one request renders it again
 * while the others are still served the page it replaces, so a burst of readers never
 * renders the same page at once; when there is no page to serve (the first request, or
 * after a change dropped them all), the others wait for that one render instead of
 * rendering the page too. The pages live in a Caffeine cache bounded by count, whose
 * frequency-aware eviction keeps hot pages when a scan of one-off URLs passes through.
 * {@link CacheEviction} drops every page when something public changes. Hits, stale hits,
 * waits for another's render and misses are counted as {@code broadsheet.page.cache}.
 */
@Component
public class PageCache {

	/** Bodies smaller than this are not worth compressing. */
	private static final int MIN_GZIP_SIZE = 1024;

	/**
	 * How long a request waits for another's render of a page there is no copy of before
	 * it renders the page itself.
	 */
	static final Duration MAX_WAIT = Duration.ofSeconds(2);

	private final PageCacheProperties properties;

	private final Clock clock;

	private final Cache<String, CachedPage> pages;

	private final Map<String, Render> rendering = new ConcurrentHashMap<>();

	private final Counter hits;

	private final Counter staleHits;

	private final Counter misses;

	private final Counter waits;

	PageCache(PageCacheProperties properties, Clock clock, MeterRegistry meters) {
		this.properties = properties;
		this.clock = clock;
		this.pages = Caffeine.newBuilder().maximumSize(Math.max(1, properties.maxEntries())).recordStats().build();
		CaffeineCacheMetrics.monitor(meters, this.pages, "page");
		this.hits = counter(meters, "hit");
		this.staleHits = counter(meters, "stale");
		this.misses = counter(meters, "miss");
		this.waits = counter(meters, "waited");
	}

	private static Counter counter(MeterRegistry meters, String result) {
		return Counter.builder("broadsheet.page.cache")
			.description("Anonymous reader pages asked of the page cache, by result")
			.tag("result", result)
			.register(meters);
	}

	PageCacheProperties properties() {
		return this.properties;
	}

	/** Forgets every page: the next request for each renders it again. */
	void evictAll() {
		this.pages.invalidateAll();
	}

	/** How many pages are held now. */
	long size() {
		this.pages.cleanUp();
		return this.pages.estimatedSize();
	}

	/**
	 * The page to serve for a key, or {@code null} when the caller is to render it and
	 * then call {@link #put} or {@link #release}. An expired page is still served to
	 * everyone but the one request that renders its successor, for at most one more
	 * time-to-live. When there is no page to serve and another request is rendering it,
	 * this waits for that render (at most {@link #MAX_WAIT}).
	 */
	CachedPage get(String key) {
		CachedPage page = this.pages.getIfPresent(key);
		Instant now = this.clock.instant();
		if (page != null && now.isBefore(page.expires())) {
			this.hits.increment();
			return page;
		}
		boolean usable = page != null && now.isBefore(page.expires().plus(this.properties.ttl()));
		Render mine = new Render(Thread.currentThread());
		Render running = this.rendering.putIfAbsent(key, mine);
		if (running == null) {
			this.misses.increment();
			return null;
		}
		if (usable) {
			this.staleHits.increment();
			return page;
		}
		CachedPage rendered = (running.owner() != mine.owner()) ? running.await() : null;
		if (rendered != null) {
			this.waits.increment();
			return rendered;
		}
		if (!running.result().isDone()) {
			// a render that outlasts the wait no longer holds the others back
			this.rendering.remove(key, running);
		}
		this.misses.increment();
		return null;
	}

	/** Keeps a rendered page, and hands it to the requests waiting for this render. */
	void put(String key, int status, List<Map.Entry<String, String>> headers, byte[] body) {
		Instant expires = this.clock.instant().plus(this.properties.ttl());
		byte[] gzipped = (body.length >= MIN_GZIP_SIZE) ? gzip(body) : null;
		CachedPage page = new CachedPage(status, List.copyOf(headers), body, gzipped, expires);
		this.pages.put(key, page);
		finish(key, page);
	}

	/**
	 * Ends the render a {@code null} from {@link #get} asked for; requests still waiting
	 * for it render the page themselves (it was not kept).
	 */
	void release(String key) {
		finish(key, null);
	}

	private void finish(String key, CachedPage page) {
		Render render = this.rendering.get(key);
		if (render != null && render.owner() == Thread.currentThread() && this.rendering.remove(key, render)) {
			render.result().complete(page);
		}
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
	 * One request rendering a page, and the page it kept ({@code null} when it kept
	 * none).
	 */
	private record Render(Thread owner, CompletableFuture<CachedPage> result) {

		Render(Thread owner) {
			this(owner, new CompletableFuture<>());
		}

		CachedPage await() {
			try {
				return this.result.get(MAX_WAIT.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return null;
			}
			catch (ExecutionException | TimeoutException ex) {
				return null;
			}
		}

	}

	/**
	 * A rendered page; {@code gzipped} is its body compressed once, or {@code null} when
	 * the body is too small to be worth it; {@code etag} its {@code ETag} header, if any.
	 */
	record CachedPage(int status, List<Map.Entry<String, String>> headers, byte[] body, byte[] gzipped, Instant expires,
			String etag) {

		CachedPage(int status, List<Map.Entry<String, String>> headers, byte[] body, byte[] gzipped, Instant expires) {
			this(status, headers, body, gzipped, expires, header(headers, HttpHeaders.ETAG));
		}

		String header(String name) {
			return header(this.headers, name);
		}

		private static String header(List<Map.Entry<String, String>> headers, String name) {
			return headers.stream()
				.filter((header) -> header.getKey().equalsIgnoreCase(name))
				.map(Map.Entry::getValue)
				.findFirst()
				.orElse(null);
		}

	}

}
