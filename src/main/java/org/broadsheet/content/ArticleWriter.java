package org.broadsheet.content;

import java.util.Set;

import org.broadsheet.article.Article;
import org.broadsheet.article.ArticleRepository;
import org.broadsheet.article.SlugRedirect;
import org.broadsheet.article.SlugRedirectRepository;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores one story per transaction. A story's identity is its slug: a file that moved
 * keeps its article, a file whose slug changed keeps its article and leaves a redirect
 * from the old slug.
 */
@Component
class ArticleWriter {

	private final ArticleRepository articles;

	private final SlugRedirectRepository redirects;

	private final TransactionTemplate tx;

	/**
	 * Whether old slugs may exist; when not, the per-story redirect lookup is skipped.
	 */
	private volatile boolean redirectsMayExist = true;

	ArticleWriter(ArticleRepository articles, SlugRedirectRepository redirects, PlatformTransactionManager txManager) {
		this.articles = articles;
		this.redirects = redirects;
		this.tx = new TransactionTemplate(txManager);
	}

	/**
	 * Creates or updates the article of a story.
	 * @param story the parsed story
	 * @param pathArticleId the article stored for this file's path, or {@code null}
	 * @param existingPaths every story file that exists in this run
	 * @param contentDir the content folder as configured, for messages
	 * @return the article's id
	 * @throws SlugTakenException when another existing file holds the slug
	 */
	long write(Story story, Long pathArticleId, Set<String> existingPaths, String contentDir) {
		return this.tx.execute((status) -> {
			String slug = story.meta().slug();
			Article holder = this.articles.findBySlug(slug).orElse(null);
			Article target;
			if (holder == null) {
				target = (pathArticleId != null) ? renamed(pathArticleId, slug) : new Article(slug);
			}
			else if (holder.getId().equals(pathArticleId) || story.file().path().equals(holder.getSourcePath())) {
				target = holder;
			}
			else if (holder.getSourcePath() == null) {
				throw new SlugTakenException("slug '" + slug + "' is already used by a story not written as a file",
						story.meta().slugLine());
			}
			else if (existingPaths.contains(holder.getSourcePath())) {
				throw new SlugTakenException(
						"slug '" + slug + "' is already used by " + contentDir + "/" + holder.getSourcePath(),
						story.meta().slugLine());
			}
			else {
				target = holder;
				if (pathArticleId != null) {
					orphan(pathArticleId, holder.getId());
				}
			}
			StoryArticles.apply(story, target);
			Article saved = this.articles.save(target);
			if (this.redirectsMayExist) {
				this.redirects.findById(slug).ifPresent(this.redirects::delete);
			}
			return saved.getId();
		});
	}

	/** Called at the start of a run: checks once whether any old slug is stored. */
	void startRun() {
		this.redirectsMayExist = this.redirects.count() > 0;
	}

	private Article renamed(long id, String newSlug) {
		Article article = this.articles.findById(id).orElseThrow();
		this.redirectsMayExist = true;
		this.redirects.save(new SlugRedirect(article.getSlug(), id));
		article.setSlug(newSlug);
		return article;
	}

	private void orphan(long id, long successorId) {
		this.articles.findById(id).ifPresent((article) -> {
			article.setRemoved(true);
			this.redirectsMayExist = true;
			this.redirects.save(new SlugRedirect(article.getSlug(), successorId));
		});
	}

	/** Forgets the file of a story kept only in the database (write-back off). */
	void detach(long id) {
		this.tx.executeWithoutResult((status) -> this.articles.findById(id).ifPresent((article) -> {
			article.setSourcePath(null);
			article.setContentHash(null);
		}));
	}

	/** Unpublishes (or restores) a story whose file vanished (or came back unchanged). */
	boolean setRemoved(long id, boolean removed) {
		Boolean changed = this.tx.execute((status) -> this.articles.findById(id).map((article) -> {
			boolean differs = article.isRemoved() != removed;
			article.setRemoved(removed);
			return differs;
		}).orElse(false));
		return Boolean.TRUE.equals(changed);
	}

}
