package org.broadsheet.feed;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.broadsheet.article.Article;
import org.broadsheet.article.PublicStory;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The reads feeds and sitemaps need. Feeds page over ids first, then fetch those stories
 * with their bylines and tags in one query (no paging over joined collections).
 */
interface SyndicatedArticles extends Repository<Article, Long> {

	String PUBLIC = PublicStory.NOW;

	String NEWEST = " order by a.publishedAt desc, a.id desc";

	@Query("select a.id from Article a where " + PUBLIC + NEWEST)
	List<Long> findPublicIds(@Param("now") Instant now, Pageable pageable);

	@Query("select a.id from Article a where a.desk.slug = :desk and " + PUBLIC + NEWEST)
	List<Long> findPublicIdsByDesk(@Param("desk") String desk, @Param("now") Instant now, Pageable pageable);

	@Query("select a.id from Article a join a.tags t where t.slug = :tag and " + PUBLIC + NEWEST)
	List<Long> findPublicIdsByTag(@Param("tag") String tag, @Param("now") Instant now, Pageable pageable);

	@EntityGraph(attributePaths = { "authors", "tags" })
	@Query("select distinct a from Article a where a.id in :ids")
	List<Article> findWithBylinesByIdIn(@Param("ids") Collection<Long> ids);

	@Query("select distinct a.desk.name from Article a where a.desk.slug = :desk and " + PUBLIC)
	List<String> findDeskNames(@Param("desk") String desk, @Param("now") Instant now);

	@Query("select distinct t.name from Article a join a.tags t where t.slug = :tag and " + PUBLIC)
	List<String> findTagNames(@Param("tag") String tag, @Param("now") Instant now);

	@Query("select new org.broadsheet.feed.SitemapEntry(a.slug, coalesce(a.updatedAt, a.publishedAt)) from Article a where "
			+ PUBLIC + NEWEST)
	List<SitemapEntry> findStoryEntries(@Param("now") Instant now, Pageable pageable);

	@Query("select new org.broadsheet.feed.SitemapEntry(a.desk.slug, max(coalesce(a.updatedAt, a.publishedAt)))"
			+ " from Article a where a.desk.slug is not null and " + PUBLIC + " group by a.desk.slug")
	List<SitemapEntry> findDeskEntries(@Param("now") Instant now);

	@Query("select new org.broadsheet.feed.SitemapEntry(t.slug, max(coalesce(a.updatedAt, a.publishedAt)))"
			+ " from Article a join a.tags t where " + PUBLIC + " group by t.slug")
	List<SitemapEntry> findTagEntries(@Param("now") Instant now);

	@Query("select new org.broadsheet.feed.SitemapEntry(w.slug, max(coalesce(a.updatedAt, a.publishedAt)))"
			+ " from Article a join a.authors w where " + PUBLIC + " group by w.slug")
	List<SitemapEntry> findAuthorEntries(@Param("now") Instant now);

	@Query("select a from Article a where a.publishedAt > :since and " + PUBLIC + NEWEST)
	List<Article> findPublishedSince(@Param("since") Instant since, @Param("now") Instant now, Pageable pageable);

}
