package org.broadsheet.search;

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
 * The reads the search index needs: stories with their bylines and tags, in batches.
 */
interface IndexableArticles extends Repository<Article, Long> {

	String INDEXABLE = PublicStory.RELEASED;

	@EntityGraph(attributePaths = { "authors", "tags" })
	@Query("select distinct a from Article a where a.id in :ids")
	List<Article> findWithBylinesByIdIn(@Param("ids") Collection<Long> ids);

	/**
	 * The stories of a page of results that are public at {@code now}: the columns a
	 * result shows, no text, no collections.
	 */
	@Query("select new org.broadsheet.search.FoundStory(a.id, a.slug, a.title, a.summary, a.lang, a.publishedAt, a.desk)"
			+ " from Article a where a.id in :ids and " + PublicStory.NOW)
	List<FoundStory> findPublicByIdIn(@Param("ids") Collection<Long> ids, @Param("now") Instant now);

	@Query("select a.id from Article a where " + INDEXABLE + " order by a.id")
	List<Long> findIndexableIds(Pageable pageable);

	/** Id and version of every story that belongs in the index. */
	@Query("select a.id, a.version from Article a where " + INDEXABLE)
	List<Object[]> findIndexableVersions();

	@Query("select count(a) from Article a where " + INDEXABLE)
	long countIndexable();

}
