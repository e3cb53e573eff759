package org.broadsheet.reply;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.broadsheet.article.Article;
import org.broadsheet.article.ArticleRepository;

/**
 * Builds public stories for reply tests.
 */
final class Stories {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private Stories() {
	}

	static Article publicStory(ArticleRepository articles) {
		return articles.save(story("story-" + SEQUENCE.incrementAndGet(), true));
	}

	static Article closedStory(ArticleRepository articles) {
		return articles.save(story("closed-" + SEQUENCE.incrementAndGet(), false));
	}

	static Article story(String slug, boolean open) {
		Article article = new Article(slug);
		article.setTitle("Headline " + slug);
		article.setLang("en");
		article.setPublishedAt(Instant.now().minus(1, ChronoUnit.DAYS));
		article.setMarkdown("Body");
		article.setHtml("<p>Body</p>");
		article.setCommentsOpen(open);
		return article;
	}

}
