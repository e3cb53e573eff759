package org.broadsheet.reply;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.broadsheet.article.Article;
import org.broadsheet.article.ArticleLookup;
import org.broadsheet.article.PublicStory;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public story a reply route names, or 404 (without its authors, tags and headings,
 * which posting does not need).
 */
@Component
class PublicArticles {

	private final ArticleLookup articles;

	private final JdbcClient jdbc;

	private final Clock clock;

	PublicArticles(ArticleLookup articles, JdbcClient jdbc, Clock clock) {
		this.articles = articles;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Article bySlug(String slug) {
		return this.articles.publicBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** The public story a post names, reading only what posting needs, or 404. */
	PostTarget forPosting(String slug) {
		return this.jdbc
			.sql("select id, slug, comments_open, published_at from article" + " where slug = ? and "
					+ PublicStory.RELEASED_SQL + " and published_at <= ?")
			.params(slug, this.clock.instant().atOffset(ZoneOffset.UTC))
			.query((row, n) -> new PostTarget(row.getLong(1), row.getString(2), row.getBoolean(3),
					row.getObject(4, OffsetDateTime.class).toInstant()))
			.optional()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
