package org.broadsheet.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.broadsheet.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageCacheRefreshTests {

	MutableClock clock = new MutableClock(Instant.parse("2026-11-29T08:00:00Z"));

	PageCache cache = new PageCache(new PageCacheProperties(true, Duration.ofSeconds(1), 100, List.of("/articles/")),
			this.clock);

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
	void largePageIsKeptCompressedOnceAsWell() throws IOException {
		String html = "<p>A paragraph of the story.</p>".repeat(100);
		this.cache.put("/articles/a", 200, List.of(), html.getBytes(StandardCharsets.UTF_8));

		PageCache.CachedPage page = this.cache.get("/articles/a");
		assertThat(page.gzipped()).hasSizeLessThan(page.body().length);
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(page.gzipped()))) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(html);
		}
	}

}
