package org.broadsheet.caching;

import java.time.Instant;
import java.util.List;

import org.broadsheet.article.Article;
import org.broadsheet.article.PublicStory;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * When scheduled stories go public: the moments a page may change with no event.
 */
interface ScheduledArticles extends Repository<Article, Long> {

	@Query("select distinct a.publishedAt from Article a where " + PublicStory.SCHEDULED)
	List<Instant> findUpcomingPublicationTimes(@Param("now") Instant now);

}
