package org.broadsheet.caching;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.broadsheet.MutableClock;
import org.broadsheet.article.ArticlesChanged;
import org.broadsheet.article.PublicDesks;
import org.broadsheet.cluster.RemoteChange;
import org.broadsheet.moderation.ModerationAction;
import org.broadsheet.moderation.ReplyModerated;
import org.broadsheet.reply.RepliesChanged;
import org.broadsheet.reply.ReplyPosted;
import org.broadsheet.reply.ReplyStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

class CacheEvictionTests {

	MutableClock clock = new MutableClock(Instant.parse("2026-11-29T08:00:00Z"));

	PageCache pages = new PageCache(
			new PageCacheProperties(true, Duration.ofHours(1), 100, List.of("/articles/"), List.of("page")), this.clock,
			new SimpleMeterRegistry());

	ContentVersion version = new ContentVersion(this.clock, mock(ScheduledArticles.class),
			new CachingProperties(Duration.ofSeconds(60), List.of(), Duration.ofHours(1)));

	CacheEviction eviction = new CacheEviction(this.pages, this.version, mock(PublicDesks.class));

	@BeforeEach
	void cacheAPage() {
		this.pages.put("/articles/a", 200, List.of(), new byte[] { 1 });
	}

	@Test
	void aStoryChangeDropsThePagesAndMovesTheValidator() {
		String before = etag();
		this.eviction.onChange(new ArticlesChanged(Set.of(1L)));
		assertThat(this.pages.get("/articles/a")).isNull();
		assertThat(etag()).isNotEqualTo(before);
	}

	@Test
	void everyReplyChangeReadersSeeDropsThePages() {
		for (Object change : List.of(new ReplyPosted(1, 2, ReplyStatus.APPROVED, "trusted"), new RepliesChanged(2),
				new ReplyModerated(1, 2, ModerationAction.TRASH, ReplyStatus.TRASH))) {
			cacheAPage();
			this.eviction.onChange(change);
			assertThat(this.pages.get("/articles/a")).as(change.toString()).isNull();
		}
	}

	@Test
	void aReplyWaitingForModerationKeepsThePagesButMovesTheValidator() {
		String before = etag();
		this.eviction.onChange(new ReplyPosted(1, 2, ReplyStatus.PENDING, "default"));
		assertThat(this.pages.get("/articles/a")).isNotNull();
		assertThat(etag()).isNotEqualTo(before);
	}

	@Test
	void aChangeOnAnotherInstanceDropsThePagesHereToo() {
		this.eviction.onChange(new RemoteChange(RemoteChange.Kind.REPLIES, Set.of(2L)));
		assertThat(this.pages.get("/articles/a")).isNull();
	}

	@Test
	void storyChangesDropThePagesOnceMoreAfterTheSearchIndexTookThemIn() {
		this.eviction.afterStoriesIndexed(new ArticlesChanged(Set.of(1L)));
		assertThat(this.pages.get("/articles/a")).as("rendered while the index caught up").isNull();

		cacheAPage();
		this.eviction.afterRemoteStoriesIndexed(new RemoteChange(RemoteChange.Kind.STORIES, Set.of(1L)));
		assertThat(this.pages.get("/articles/a")).isNull();

		cacheAPage();
		this.eviction.afterRemoteStoriesIndexed(new RemoteChange(RemoteChange.Kind.REPLIES, Set.of(2L)));
		assertThat(this.pages.get("/articles/a")).as("replies are not indexed").isNotNull();
	}

	@Test
	void eventsOfOtherLibrariesChangeNothing() {
		String before = etag();
		this.eviction.onChange("a string event");
		assertThat(this.pages.get("/articles/a")).isNotNull();
		assertThat(etag()).isEqualTo(before);
	}

	private String etag() {
		return this.version.validatorFor("/articles/a").etag();
	}

}
