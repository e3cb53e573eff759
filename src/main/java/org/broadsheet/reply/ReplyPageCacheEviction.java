package org.broadsheet.reply;

import org.broadsheet.web.PageCache;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A reply that became public, or stopped being public, shows at once: cached reader pages
 * are forgotten once the change is committed.
 */
@Component
class ReplyPageCacheEviction {

	private final PageCache pageCache;

	ReplyPageCacheEviction(PageCache pageCache) {
		this.pageCache = pageCache;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void onReplyPosted(ReplyPosted event) {
		if (event.status() == ReplyStatus.APPROVED) {
			this.pageCache.evictAll();
		}
	}

	@TransactionalEventListener(fallbackExecution = true)
	void onRepliesChanged(RepliesChanged event) {
		this.pageCache.evictAll();
	}

}
