package org.broadsheet.moderation;

import org.broadsheet.web.PageCache;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A moderator's decision shows on the story at once: cached reader pages are forgotten
 * once it is committed.
 */
@Component
class ModerationPageCacheEviction {

	private final PageCache pageCache;

	ModerationPageCacheEviction(PageCache pageCache) {
		this.pageCache = pageCache;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void onReplyModerated(ReplyModerated event) {
		this.pageCache.evictAll();
	}

}
