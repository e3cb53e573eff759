package org.broadsheet.article;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.broadsheet.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

class PublicDesksTests {

	static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

	ArticleRepository articles = mock(ArticleRepository.class);

	MutableClock clock = new MutableClock(NOW);

	PublicDesks desks = new PublicDesks(this.articles, this.clock);

	@Test
	void expiredListIsShownByOthersWhileOneRequestReloadsIt() throws Exception {
		Desk world = new Desk("World", "world");
		Desk sport = new Desk("Sport", "sport");
		given(this.articles.findNextPublicationAfter(any())).willReturn(Optional.empty());
		given(this.articles.findPublicDesks(any())).willReturn(List.of(world));
		assertThat(this.desks.current()).containsExactly(world);
		this.clock.advance(Duration.ofMinutes(2));
		CountDownLatch loading = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		given(this.articles.findPublicDesks(any())).willAnswer((invocation) -> {
			loading.countDown();
			release.await(5, TimeUnit.SECONDS);
			return List.of(sport, world);
		});
		CompletableFuture<List<Desk>> reload = CompletableFuture.supplyAsync(this.desks::current);
		assertThat(loading.await(5, TimeUnit.SECONDS)).isTrue();
		assertThat(this.desks.current()).containsExactly(world);
		release.countDown();
		assertThat(reload.get(5, TimeUnit.SECONDS)).containsExactly(sport, world);
		assertThat(this.desks.current()).containsExactly(sport, world);
		verify(this.articles, times(2)).findPublicDesks(any());
	}

	@Test
	void forgottenListIsLoadedAgain() {
		Desk world = new Desk("World", "world");
		given(this.articles.findNextPublicationAfter(any())).willReturn(Optional.empty());
		given(this.articles.findPublicDesks(any())).willReturn(List.of(world));
		this.desks.current();
		this.desks.forget();
		this.desks.current();
		this.desks.current();
		verify(this.articles, times(2)).findPublicDesks(any());
	}

}
