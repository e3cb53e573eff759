package org.broadsheet.caching;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import org.broadsheet.web.PageFreshness;

import org.springframework.stereotype.Component;

/**
 * Rendered anonymous reader pages, kept until something they show changes, so a busy
 * story costs one render per change instead of one a request. {@link CacheEviction} drops
 * every page when something public changes; a page also goes when it has been kept for
 * the time-to-live, or at the moment its render said it changes by the clock alone
 * ({@link PageFreshness#changesAt}). Text that is only true as the page is served (the
 * reply form's token, {@link PageFreshness#live}) is written afresh at most once a second
 * by one request, not rendered again. When a page expires, one request renders it again
 * while the others are still served the page it replaces, so a burst of readers never
 * renders the same page at once; when there is no page to serve (the first request, or
 * after a change dropped them all), the others wait for that one render instead of
 * rendering the page too. A render that began before a change is not kept. The pages live
 * in a Caffeine cache bounded by count, whose frequency-aware eviction keeps hot pages
 * when a scan of one-off URLs passes through. Hits, stale hits, waits for another's
 * render and misses are counted as {@code broadsheet.page.cache}.
 */
@Component
public class PageCache {

	/**
	 * How long a request waits for another's render of a page there is no copy of before
	 * it renders the page itself.
	 */
	static final Duration MAX_WAIT = Duration.ofSeconds(2);

	private final PageCacheProperties properties;

	private final Clock clock;

	private final Cache<String, CachedPage> pages;

	private final Map<String, Render> rendering = new ConcurrentHashMap<>();

	/**
	 * How many times every page was dropped: a render begun before a drop is not kept.
	 */
	private final AtomicLong drops = new AtomicLong();

	/** The keys of pages whose live text a request is writing afresh now. */
	private final Set<String> writing = ConcurrentHashMap.newKeySet();

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
		this.drops.incrementAndGet();
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
			return current(key, page, now);
		}
		boolean usable = page != null && now.isBefore(page.expires().plus(this.properties.ttl()));
		Render mine = new Render(Thread.currentThread(), this.drops.get());
		Render running = this.rendering.putIfAbsent(key, mine);
		if (running == null) {
			this.misses.increment();
			return null;
		}
		if (usable) {
			this.staleHits.increment();
			return current(key, page, now);
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

	/**
	 * The page with its live text as of this second: written afresh by this request when
	 * it is older and no other request is writing it already (the others meanwhile serve
	 * the copy of the second before).
	 */
	private CachedPage current(String key, CachedPage page, Instant now) {
		if (page.live() == null || page.writtenAt() == now.getEpochSecond() || !this.writing.add(key)) {
			return page;
		}
		try {
			CachedPage written = page.rewritten(page.live().write(page.body()), now.getEpochSecond());
			this.pages.asMap().replace(key, page, written);
			return written;
		}
		finally {
			this.writing.remove(key);
		}
	}

	/** Keeps a rendered page, and hands it to the requests waiting for this render. */
	void put(String key, int status, List<Map.Entry<String, String>> headers, byte[] body) {
		put(key, status, headers, body, PageFreshness.nothing());
	}

	/**
	 * Keeps a rendered page with what its render noted about its freshness, and hands it
	 * to the requests waiting for this render. A page whose live text cannot be found in
	 * it is kept for a second at most; a render begun before every page was dropped is
	 * handed to no one and not kept.
	 */
	void put(String key, int status, List<Map.Entry<String, String>> headers, byte[] body, PageFreshness freshness) {
		Instant now = this.clock.instant();
		Instant expires = now.plus(this.properties.ttl());
		List<PageFreshness.LiveText> liveText = freshness.liveText();
		LiveParts live = liveText.isEmpty() ? null : LiveParts.find(body, liveText);
		if (!liveText.isEmpty() && live == null) {
			expires = earliest(expires, now.plusSeconds(1));
		}
		if (freshness.changesAt() != null) {
			expires = earliest(expires, freshness.changesAt());
		}
		CachedPage page = CachedPage.of(status, headers, body, expires, live, now.getEpochSecond());
		Render render = this.rendering.get(key);
		long dropsBefore = (render != null && render.owner() == Thread.currentThread()) ? render.drops()
				: this.drops.get();
		this.pages.put(key, page);
		if (dropsBefore != this.drops.get()) {
			// every page was dropped since this render began: it may show what was before
			this.pages.asMap().remove(key, page);
			page = null;
		}
		finish(key, page);
	}

	private static Instant earliest(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
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

	/**
	 * One request rendering a page, how many drops of every page there had been when it
	 * began, and the page it kept ({@code null} when it kept none).
	 */
	private record Render(Thread owner, long drops, CompletableFuture<CachedPage> result) {

		Render(Thread owner, long drops) {
			this(owner, drops, new CompletableFuture<>());
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

}
