package org.broadsheet.article;

import org.broadsheet.web.PageCache;

import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;

/**
 * Changed stories are shown at once: cached reader pages are forgotten.
 */
@Component
class PageCacheEviction {

	private final PageCache pageCache;

	PageCacheEviction(PageCache pageCache) {
		this.pageCache = pageCache;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void onArticlesChanged(ArticlesChanged event) {
		this.pageCache.evictAll();
	}

}
