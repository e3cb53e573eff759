package org.broadsheet.editorial;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.broadsheet.article.Article;
import org.broadsheet.article.PublicStory;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Stories as the newsroom sees them: every status, searched by title.
 */
interface EditorialArticles extends Repository<Article, Long> {

	String STATUS = "(:status = 'trash' and a.removed = true)"
			+ " or (:status = 'draft' and a.draft = true and a.removed = false)" + " or (:status = 'scheduled' and "
			+ PublicStory.SCHEDULED + ")" + " or (:status = 'published' and " + PublicStory.NOW + ")";

	String TITLE = "lower(a.title) like lower(concat('%', :q, '%'))";

	@EntityGraph(attributePaths = { "authors", "tags", "corrections" })
	@Query("select a from Article a where a.id = :id")
	Optional<Article> findForEditing(@Param("id") long id);

	@Query("select a from Article a where (" + STATUS + ") and " + TITLE + " order by a.publishedAt desc, a.id desc")
	List<Article> findByStatus(@Param("status") String status, @Param("now") Instant now, @Param("q") String q,
			Limit limit);

	@Query("select count(a) from Article a where " + STATUS)
	long countByStatus(@Param("status") String status, @Param("now") Instant now);

	@Query("select a from Article a where a.draft = true and a.review = true and a.removed = false"
			+ " order by a.publishedAt desc, a.id desc")
	List<Article> findWaitingForReview(Limit limit);

	@Query("select a from Article a where a.draft = true and a.removed = false and " + TITLE + " and a.id in"
			+ " (select r.articleId from Revision r where r.editor = :editor) order by a.publishedAt desc, a.id desc")
	List<Article> findDraftsBy(@Param("editor") String editor, @Param("q") String q, Limit limit);

}
