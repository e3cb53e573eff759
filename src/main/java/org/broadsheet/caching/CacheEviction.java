package org.broadsheet.caching;

import org.broadsheet.article.ArticlesChanged;
import org.broadsheet.article.PublicDesks;
import org.broadsheet.cluster.RemoteChange;
import org.broadsheet.moderation.ReplyModerated;
import org.broadsheet.reply.RepliesChanged;
import org.broadsheet.reply.ReplyPosted;
import org.broadsheet.reply.ReplyStatus;

import org.springframework.context.ApplicationEvent;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The one eviction path of everything kept in memory about public pages: the page cache,
 * the HTTP validators ({@link ContentVersion}) and the desk lookup. It listens to the
 * features' change events once they are committed, and to the same changes made by other
 * instances ({@link RemoteChange}), so every instance evicts alike.
 * <p>
 * Any Broadsheet domain event moves the validators (a pending reply shows to its poster);
 * pages and lookups are dropped when what everyone sees changed.
 */
@Component
class CacheEviction {

	private final PageCache pages;

	private final ContentVersion version;

	private final PublicDesks desks;

	CacheEviction(PageCache pages, ContentVersion version, PublicDesks desks) {
		this.pages = pages;
		this.version = version;
		this.desks = desks;
	}

	/**
	 * After the change commits (or at once when there is no transaction); before slower
	 * listeners such as the search index, so pages show the change first.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void onChange(Object event) {
		Object change = (event instanceof PayloadApplicationEvent<?> payload) ? payload.getPayload() : event;
		if (change instanceof ApplicationEvent || !change.getClass().getName().startsWith("org.broadsheet.")) {
			return;
		}
		this.version.changed();
		if (isPublic(change)) {
			this.pages.evictAll();
			this.desks.forget();
		}
	}

	/**
	 * When stories changed, the pages go once more after every other listener: the search
	 * index takes the change in after the first eviction, and a search page or a story's
	 * related stories rendered in between must not be kept with the index as it was.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	@Order(Ordered.LOWEST_PRECEDENCE)
	void afterStoriesIndexed(ArticlesChanged change) {
		this.pages.evictAll();
	}

	/** The same for stories another instance changed. */
	@TransactionalEventListener(fallbackExecution = true)
	@Order(Ordered.LOWEST_PRECEDENCE)
	void afterRemoteStoriesIndexed(RemoteChange change) {
		if (change.storiesChanged()) {
			this.pages.evictAll();
		}
	}

	private static boolean isPublic(Object change) {
		if (change instanceof ReplyPosted posted) {
			return posted.status() == ReplyStatus.APPROVED;
		}
		if (change instanceof RemoteChange remote) {
			return remote.kind() != RemoteChange.Kind.BLOCKS;
		}
		return change instanceof ArticlesChanged || change instanceof RepliesChanged
				|| change instanceof ReplyModerated;
	}

}
