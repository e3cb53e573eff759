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
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.broadsheet.MutableClock;
import org.broadsheet.web.PageFreshness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

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

		Future<CachedPage> other = this.executor.submit(() -> this.cache.get("/articles/a"));
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
		Future<CachedPage> other = this.executor.submit(() -> this.cache.get("/articles/missing"));
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

		CachedPage page = this.cache.get("/articles/a");
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

	@Test
	void liveTextIsWrittenAfreshEachSecondWithoutARender() throws IOException {
		PageCache kept = longLived();
		String html = "<input value=\"token-at-0\">" + "<p>A paragraph of the story.</p>".repeat(100)
				+ "<input value=\"token-at-0\">";
		kept.put("/articles/a", 200, List.of(), bytes(html), liveToken("token-at-0"));

		this.clock.advance(Duration.ofSeconds(41));
		CachedPage page = kept.get("/articles/a");

		String expected = html.replace("token-at-0", "token-at-41");
		assertThat(page.body()).asString().isEqualTo(expected);
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(page.gzipped()))) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(expected);
		}
		assertThat(kept.get("/articles/a")).as("written once for the second").isSameAs(page);

		this.clock.advance(Duration.ofSeconds(100));
		assertThat(kept.get("/articles/a").body()).as("written again where the longer token now sits")
			.asString()
			.isEqualTo(html.replace("token-at-0", "token-at-141"));
		assertThat(count("miss")).as("never rendered again").isZero();
	}

	@Test
	void pageWhoseLiveTextIsNotInItIsKeptASecondAtMost() {
		PageCache kept = longLived();
		kept.put("/articles/a", 200, List.of(), bytes("<p>escaped differently</p>"), liveToken("token-at-0"));

		this.clock.advance(Duration.ofMillis(1500));
		assertThat(kept.get("/articles/a")).as("rendered again").isNull();
	}

	@Test
	void pageGoesTheMomentItsRenderSaidItChangesByTheClock() {
		PageCache kept = longLived();
		PageFreshness closing = freshness(
				(request) -> PageFreshness.changesAt(request, this.clock.instant().plus(Duration.ofMinutes(2))));
		kept.put("/articles/a", 200, List.of(), bytes("open"), closing);

		this.clock.advance(Duration.ofSeconds(119));
		assertThat(kept.get("/articles/a").body()).asString().isEqualTo("open");
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(kept.get("/articles/a")).as("rendered again").isNull();
	}

	@Test
	void renderBegunBeforeAChangeDroppedThePagesIsNotKept() throws Exception {
		PageCache kept = longLived();
		assertThat(kept.get("/articles/a")).as("a render begins").isNull();
		Future<CachedPage> waiting = this.executor.submit(() -> kept.get("/articles/a"));
		Thread.sleep(100);

		kept.evictAll();
		kept.put("/articles/a", 200, List.of(), bytes("as it was before the change"));
		kept.release("/articles/a");

		assertThat(waiting.get(1, TimeUnit.SECONDS)).as("the waiting request renders it itself").isNull();
		assertThat(kept.get("/articles/a")).as("not kept").isNull();
	}

	@AfterEach
	void stopThreads() {
		this.executor.shutdownNow();
	}

	private PageCache longLived() {
		return new PageCache(
				new PageCacheProperties(true, Duration.ofHours(1), 100, List.of("/articles/"), List.of("page")),
				this.clock, this.meters);
	}

	/** A token that names the second it is issued, as the reply form's does. */
	private PageFreshness liveToken(String rendered) {
		Instant start = this.clock.instant();
		return freshness((request) -> PageFreshness.live(request, rendered,
				() -> "token-at-" + Duration.between(start, this.clock.instant()).toSeconds()));
	}

	private static PageFreshness freshness(Consumer<MockHttpServletRequest> render) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		render.accept(request);
		return PageFreshness.noted(request);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private double count(String result) {
		return this.meters.get("broadsheet.page.cache").tag("result", result).counter().count();
	}

}
