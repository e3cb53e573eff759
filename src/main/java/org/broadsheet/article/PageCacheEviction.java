package org.broadsheet.article;

import org.broadsheet.web.PageCache;

import org.springframework.context.event.EventListener;
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

	@EventListener
	void onArticlesChanged(ArticlesChanged event) {
		this.pageCache.evictAll();
	}

}
