package org.broadsheet.reply;

import org.broadsheet.article.Article;
import org.broadsheet.article.ArticleLookup;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public story a reply route names, or 404 (without its authors, tags and headings,
 * which posting does not need).
 */
@Component
class PublicArticles {

	private final ArticleLookup articles;

	PublicArticles(ArticleLookup articles) {
		this.articles = articles;
	}

	Article bySlug(String slug) {
		return this.articles.publicBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
