package org.broadsheet.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadsheet.article.Article;
import org.broadsheet.article.ArticlesChanged;
import org.broadsheet.cluster.RemoteChange;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps this instance's index in step with the database: each {@link ArticlesChanged}
 * batch, made here or replayed from another instance as a {@link RemoteChange}, becomes
 * one index commit (however many stories it holds), and at start-up what is missing or
 * out of step is indexed again.
 */
@Component
class SearchIndexer {

	private static final Log logger = LogFactory.getLog(SearchIndexer.class);

	private static final int BATCH = 200;

	private final SearchIndex index;

	private final IndexableArticles articles;

	private final TransactionTemplate reads;

	SearchIndexer(SearchIndex index, IndexableArticles articles, PlatformTransactionManager transactions) {
		this.index = index;
		this.articles = articles;
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
		this.reads.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * After the publishing transaction commits (or at once when there is none), and
	 * before the page cache drops its pages a last time (at the lowest precedence).
	 */
	@TransactionalEventListener(fallbackExecution = true)
	@Order(0)
	void onArticlesChanged(ArticlesChanged event) {
		update(event.articleIds());
	}

	/**
	 * The same for stories another instance changed; after missed changes, everything.
	 */
	@EventListener
	@Order(0)
	void onRemoteChange(RemoteChange change) {
		if (change.kind() == RemoteChange.Kind.ALL) {
			rebuild();
		}
		else if (change.storiesChanged()) {
			update(change.articleIds());
		}
	}

	private void update(Set<Long> articleIds) {
		List<Long> ids = new ArrayList<>(articleIds);
		this.index.update((consumer) -> {
			for (int from = 0; from < ids.size(); from += BATCH) {
				List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + BATCH));
				List<Article> found = this.reads.execute((status) -> load(chunk));
				Set<Long> gone = new HashSet<>(chunk);
				found.forEach((article) -> gone.remove(article.getId()));
				consumer.accept(found, gone);
			}
		});
	}

	/**
	 * At start-up, brings the index in step with the database: stories missing from it,
	 * indexed at another version or no longer indexable are indexed again (one commit),
	 * so a restart costs what changed, not every story. An index without versions (from
	 * an earlier release) is rebuilt.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void rebuildWhenOutOfStep() {
		long start = System.nanoTime();
		Map<Long, Long> indexed = this.index.versions();
		if (indexed.size() != this.index.size()) {
			rebuild();
			return;
		}
		List<Object[]> stored = this.reads.execute((status) -> this.articles.findIndexableVersions());
		Set<Long> stale = new HashSet<>(indexed.keySet());
		for (Object[] row : stored) {
			Long id = (Long) row[0];
			Long version = ((Number) row[1]).longValue();
			if (version.equals(indexed.get(id))) {
				stale.remove(id);
			}
			else {
				stale.add(id);
			}
		}
		if (!stale.isEmpty()) {
			update(stale);
			logger.info("Search index caught up: " + stale.size() + " stories in "
					+ (System.nanoTime() - start) / 1_000_000 + " ms");
		}
	}

	/** Index every story afresh. */
	void rebuild() {
		long start = System.nanoTime();
		this.index.rebuild(this::forEachIndexableBatch);
		logger.info("Search index rebuilt: " + this.index.size() + " stories in "
				+ (System.nanoTime() - start) / 1_000_000 + " ms");
	}

	private void forEachIndexableBatch(Consumer<Collection<Article>> consumer) {
		for (int page = 0;; page++) {
			PageRequest request = PageRequest.of(page, BATCH);
			List<Article> batch = this.reads.execute((status) -> {
				List<Long> ids = this.articles.findIndexableIds(request);
				return ids.isEmpty() ? null : load(ids);
			});
			if (batch == null) {
				return;
			}
			consumer.accept(batch);
		}
	}

	private List<Article> load(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.articles.findWithBylinesByIdIn(ids);
	}

}
