package org.broadsheet.search;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.broadsheet.article.Article;
import org.broadsheet.article.PublicStory;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Stories related by desk or tag.
 */
interface RelatedArticles extends Repository<Article, Long> {

	@Query("select a from Article a where a.id <> :id and " + PublicStory.NOW
			+ " and (a.desk.slug = :desk or exists (select 1 from Article b join b.tags t"
			+ " where b.id = a.id and t.slug in :tags)) order by a.publishedAt desc, a.id desc")
	List<Article> findRelated(@Param("id") Long id, @Param("desk") String desk, @Param("tags") Collection<String> tags,
			@Param("now") Instant now, Pageable pageable);

}
