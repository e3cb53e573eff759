package org.broadsheet.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import org.broadsheet.article.Article;
import org.broadsheet.article.SlugRedirect;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores stories. A story's identity is its slug: a file that moved keeps its article, a
 * file whose slug changed keeps its article and leaves a redirect from the old slug. Who
 * holds a slug comes from the run's {@link SlugIndex}, so storing needs no lookups; the
 * loader groups stories in small transactions.
 */
@Component
class ArticleWriter {

	private static final int RESTAMP_BATCH = 500;

	private final EntityManager em;

	private final TransactionTemplate tx;

	ArticleWriter(EntityManager em, PlatformTransactionManager txManager) {
		this.em = em;
		this.tx = new TransactionTemplate(txManager);
	}

	/** Reads who holds which slug, at the start of a run. */
	SlugIndex startRun() {
		return new SlugIndex(this.em);
	}

	/** Runs work in one transaction, rolled back when it throws. */
	<T> T inTransaction(Supplier<T> work) {
		return this.tx.execute((status) -> work.get());
	}

	/**
	 * Creates or updates the article of a story; call inside
	 * {@link #inTransaction(Supplier)}. Throws {@link SlugTakenException} before changing
	 * anything.
	 * @param story the parsed story
	 * @param pathArticleId the article stored for this file's path, or {@code null}
	 * @param existingPaths every story file that exists in this run
	 * @param index who holds which slug, updated as the story is stored
	 * @param contentDir the content folder as configured, for messages
	 * @return the article's id
	 * @throws SlugTakenException when another existing file holds the slug
	 */
	long store(RenderedStory story, Long pathArticleId, Set<String> existingPaths, SlugIndex index, String contentDir) {
		String slug = story.meta().slug();
		String path = story.file().path();
		SlugIndex.Holder holder = index.holder(slug);
		Article target;
		if (holder == null) {
			target = (pathArticleId != null) ? renamed(pathArticleId, slug, index) : new Article(slug);
		}
		else if ((pathArticleId != null && holder.id() == pathArticleId) || path.equals(holder.sourcePath())) {
			target = this.em.find(Article.class, holder.id());
		}
		else if (holder.sourcePath() == null) {
			throw new SlugTakenException("slug '" + slug + "' is already used by a story not written as a file",
					story.meta().slugLine());
		}
		else if (existingPaths.contains(holder.sourcePath())) {
			throw new SlugTakenException(
					"slug '" + slug + "' is already used by " + contentDir + "/" + holder.sourcePath(),
					story.meta().slugLine());
		}
		else {
			target = this.em.find(Article.class, holder.id());
			if (pathArticleId != null) {
				orphan(pathArticleId, holder.id(), index);
			}
		}
		ArticleMapper.apply(story, target);
		if (target.getId() == null) {
			this.em.persist(target);
		}
		index.hold(slug, target.getId(), path);
		if (index.redirects(slug)) {
			SlugRedirect redirect = this.em.find(SlugRedirect.class, slug);
			if (redirect != null) {
				this.em.remove(redirect);
			}
			index.unredirect(slug);
		}
		return target.getId();
	}

	private Article renamed(long id, String newSlug, SlugIndex index) {
		Article article = this.em.find(Article.class, id);
		String oldSlug = article.getSlug();
		this.em.merge(new SlugRedirect(oldSlug, id));
		index.redirect(oldSlug);
		index.release(oldSlug);
		article.setSlug(newSlug);
		return article;
	}

	private void orphan(long id, long successorId, SlugIndex index) {
		Article article = this.em.find(Article.class, id);
		if (article != null) {
			article.setRemoved(true);
			this.em.merge(new SlugRedirect(article.getSlug(), successorId));
			index.redirect(article.getSlug());
		}
	}

	/** Forgets the file of a story kept only in the database (write-back off). */
	void detach(long id) {
		this.tx.executeWithoutResult((status) -> {
			Article article = this.em.find(Article.class, id);
			if (article != null) {
				article.setSourcePath(null);
				article.setContentHash(null);
				article.setSourceStamp(null);
			}
		});
	}

	/**
	 * Stores new stamps of unchanged files (touched or copied), a few hundred per
	 * transaction; the stories themselves do not change.
	 */
	void restamp(Map<Long, String> stamps) {
		List<Map.Entry<Long, String>> entries = new ArrayList<>(stamps.entrySet());
		for (int from = 0; from < entries.size(); from += RESTAMP_BATCH) {
			List<Map.Entry<Long, String>> chunk = entries.subList(from, Math.min(entries.size(), from + RESTAMP_BATCH));
			this.tx.executeWithoutResult((status) -> {
				for (Map.Entry<Long, String> entry : chunk) {
					this.em.createQuery("update Article a set a.sourceStamp = :stamp where a.id = :id")
						.setParameter("stamp", entry.getValue())
						.setParameter("id", entry.getKey())
						.executeUpdate();
				}
			});
		}
	}

	/** Unpublishes (or restores) a story whose file vanished (or came back unchanged). */
	boolean setRemoved(long id, boolean removed) {
		Boolean changed = this.tx.execute((status) -> {
			Article article = this.em.find(Article.class, id);
			if (article == null) {
				return false;
			}
			boolean differs = article.isRemoved() != removed;
			article.setRemoved(removed);
			return differs;
		});
		return Boolean.TRUE.equals(changed);
	}

}
