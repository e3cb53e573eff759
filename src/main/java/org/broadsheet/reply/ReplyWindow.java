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
		if (!article.isCommentsOpen()) {
			return false;
		}
		if (this.closeAfterDays == null || article.getPublishedAt() == null) {
			return true;
		}
		return article.getPublishedAt().plus(Duration.ofDays(this.closeAfterDays)).isAfter(now);
	}

}
