package org.broadsheet.caching;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.broadsheet.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageCacheRefreshTests {

	MutableClock clock = new MutableClock(Instant.parse("2026-11-29T08:00:00Z"));

	SimpleMeterRegistry meters = new SimpleMeterRegistry();

	ExecutorService executor = Executors.newCachedThreadPool();

	PageCache cache = new PageCache(
			new PageCacheProperties(true, Duration.ofSeconds(1), 100, List.of("/articles/"), List.of("page")),
			this.clock, this.meters);

	@Test
	void expiredPageIsRenderedByOneRequestWhileTheOthersAreServedTheOldOne() {
		this.cache.put("/articles/a", 200, List.of(), "old".getBytes(StandardCharsets.UTF_8));
		this.clock.advance(Duration.ofMillis(1500));

		assertThat(this.cache.get("/articles/a")).as("the first request renders").isNull();
		assertThat(this.cache.get("/articles/a").body()).as("the others meanwhile").asString().isEqualTo("old");

		this.cache.put("/articles/a", 200, List.of(), "new".getBytes(StandardCharsets.UTF_8));
		this.cache.release("/articles/a");
		assertThat(this.cache.get("/articles/a").body()).asString().isEqualTo("new");
	}

	@Test
	void renderThatStoresNothingLetsTheNextRequestTryAgain() {
		this.cache.put("/articles/a", 200, List.of(), "old".getBytes(StandardCharsets.UTF_8));
		this.clock.advance(Duration.ofMillis(1500));
		assertThat(this.cache.get("/articles/a")).isNull();

		this.cache.release("/articles/a");
		assertThat(this.cache.get("/articles/a")).isNull();
	}

	@Test
	void pageLongPastItsTimeIsNeverServed() {
		this.cache.put("/articles/a", 200, List.of(), "old".getBytes(StandardCharsets.UTF_8));
		this.clock.advance(Duration.ofSeconds(3));

		assertThat(this.cache.get("/articles/a")).isNull();
		assertThat(this.cache.get("/articles/a")).isNull();
	}

	@Test
	void evictedPageIsRenderedAgain() {
		this.cache.put("/articles/a", 200, List.of(), "old".getBytes(StandardCharsets.UTF_8));
		this.cache.evictAll();
		assertThat(this.cache.get("/articles/a")).isNull();
	}

	@Test
	void withNoPageToServeTheOthersWaitForTheOneRenderInsteadOfRenderingItToo() throws Exception {
		this.cache.put("/articles/a", 200, List.of(), "old".getBytes(StandardCharsets.UTF_8));
		this.cache.evictAll();
		assertThat(this.cache.get("/articles/a")).as("the first request renders").isNull();

		Future<PageCache.CachedPage> other = this.executor.submit(() -> this.cache.get("/articles/a"));
		Thread.sleep(100);
		assertThat(other).as("waits for the render").isNotDone();
		this.cache.put("/articles/a", 200, List.of(), "new".getBytes(StandardCharsets.UTF_8));
		this.cache.release("/articles/a");

		assertThat(other.get(1, TimeUnit.SECONDS).body()).asString().isEqualTo("new");
		assertThat(count("waited")).isEqualTo(1);
	}

	@Test
	void whenTheRenderKeepsNothingTheWaitingRequestRendersThePageItself() throws Exception {
		assertThat(this.cache.get("/articles/missing")).isNull();
		Future<PageCache.CachedPage> other = this.executor.submit(() -> this.cache.get("/articles/missing"));
		Thread.sleep(100);

		this.cache.release("/articles/missing");

		assertThat(other.get(1, TimeUnit.SECONDS)).isNull();
		assertThat(count("miss")).isEqualTo(2);
	}

	@Test
	void aRenderThatNeverEndsHoldsTheOthersBackNoLongerThanTheLongestWait() throws Exception {
		assertThat(this.cache.get("/articles/a")).isNull();

		long started = System.nanoTime();
		assertThat(this.executor.submit(() -> this.cache.get("/articles/a")).get(5, TimeUnit.SECONDS)).isNull();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(PageCache.MAX_WAIT.plusSeconds(1));
		assertThat(this.executor.submit(() -> this.cache.get("/articles/a")).get(100, TimeUnit.MILLISECONDS))
			.as("the next request renders at once")
			.isNull();
	}

	@Test
	void largePageIsKeptCompressedOnceAsWell() throws IOException {
		String html = "<p>A paragraph of the story.</p>".repeat(100);
		this.cache.put("/articles/a", 200, List.of(), html.getBytes(StandardCharsets.UTF_8));

		PageCache.CachedPage page = this.cache.get("/articles/a");
		assertThat(page.gzipped()).hasSizeLessThan(page.body().length);
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(page.gzipped()))) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(html);
		}
	}

	@Test
	void hitsStaleHitsAndMissesAreCounted() {
		this.cache.get("/articles/a");
		this.cache.put("/articles/a", 200, List.of(), "old".getBytes(StandardCharsets.UTF_8));
		this.cache.get("/articles/a");
		this.cache.get("/articles/a");
		this.clock.advance(Duration.ofMillis(1500));
		this.cache.get("/articles/a");
		this.cache.get("/articles/a");

		assertThat(count("hit")).isEqualTo(2);
		assertThat(count("miss")).isEqualTo(2);
		assertThat(count("stale")).isEqualTo(1);
	}

	@Test
	void theCacheIsBoundedByItsSize() {
		for (int i = 0; i < 1000; i++) {
			this.cache.put("/articles/" + i, 200, List.of(), new byte[] { 1 });
		}
		assertThat(this.cache.size()).isLessThanOrEqualTo(100);
	}

	@AfterEach
	void stopThreads() {
		this.executor.shutdownNow();
	}

	private double count(String result) {
		return this.meters.get("broadsheet.page.cache").tag("result", result).counter().count();
	}

}
