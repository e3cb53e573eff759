package org.broadsheet.moderation;

import org.broadsheet.web.PageCache;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A moderation decision shows on the story at once: after it is committed, cached reader
 * pages are forgotten.
 */
@Component
class PublicPageRefresh {

	private final PageCache pageCache;

	PublicPageRefresh(PageCache pageCache) {
		this.pageCache = pageCache;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void onReplyModerated(ReplyModerated event) {
		this.pageCache.evictAll();
	}

}
