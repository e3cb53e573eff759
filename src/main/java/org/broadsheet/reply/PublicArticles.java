package org.broadsheet.reply;

import java.time.Clock;

import org.broadsheet.article.Article;
import org.broadsheet.article.ArticleRepository;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public story a reply route names, or 404 (without its authors, tags and headings,
 * which posting does not need).
 */
@Component
class PublicArticles {

	private final ArticleRepository articles;

	private final Clock clock;

	PublicArticles(ArticleRepository articles, Clock clock) {
		this.articles = articles;
		this.clock = clock;
	}

	Article bySlug(String slug) {
		return this.articles.findBySlug(slug)
			.filter((article) -> article.isPublicAt(this.clock.instant()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
