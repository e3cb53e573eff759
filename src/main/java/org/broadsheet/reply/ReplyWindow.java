package org.broadsheet.reply;

import java.time.Duration;
import java.time.Instant;

import org.broadsheet.article.Article;

import org.springframework.stereotype.Component;

/**
 * Whether a story still takes replies: not closed in its front matter, and not older than
 * {@code broadsheet.replies.close-after-days} when that is set.
 */
@Component
class ReplyWindow {

	private final Integer closeAfterDays;

	ReplyWindow(ReplyProperties properties) {
		this.closeAfterDays = properties.closeAfterDays();
	}

	boolean isOpen(Article article, Instant now) {
		return isOpen(article.isCommentsOpen(), article.getPublishedAt(), now);
	}

	boolean isOpen(boolean commentsOpen, Instant publishedAt, Instant now) {
		if (!commentsOpen) {
			return false;
		}
		Instant closes = closesAt(publishedAt);
		return closes == null || closes.isAfter(now);
	}

	/**
	 * When a story published then stops taking replies by age; {@code null} for never.
	 */
	Instant closesAt(Instant publishedAt) {
		if (this.closeAfterDays == null || publishedAt == null) {
			return null;
		}
		return publishedAt.plus(Duration.ofDays(this.closeAfterDays));
	}

}
