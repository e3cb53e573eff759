package org.broadsheet.reply;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.broadsheet.article.Article;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReplyWindowTests {

	static final Instant NOW = Instant.parse("2026-11-29T05:00:00Z");

	static ReplyWindow closingAfter(Integer days) {
		return new ReplyWindow(
				new ReplyProperties(3, 15, 5, 2, List.of(), List.of(), true, 3, days, Duration.ofHours(1)));
	}

	static Article publishedDaysAgo(int days, boolean open) {
		Article article = Stories.story("window", open);
		article.setPublishedAt(NOW.minus(Duration.ofDays(days)));
		return article;
	}

	@Test
	void storiesStayOpenWhenNoLimitIsSet() {
		assertThat(closingAfter(null).isOpen(publishedDaysAgo(3650, true), NOW)).isTrue();
	}

	@Test
	void commentsClosedInFrontMatterCloseTheStory() {
		assertThat(closingAfter(null).isOpen(publishedDaysAgo(0, false), NOW)).isFalse();
	}

	@Test
	void storiesOlderThanTheLimitAreClosed() {
		assertThat(closingAfter(14).isOpen(publishedDaysAgo(13, true), NOW)).isTrue();
		assertThat(closingAfter(14).isOpen(publishedDaysAgo(14, true), NOW)).isFalse();
	}

}
