package org.broadsheet.article;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Stories. Public queries take {@code now} from the injected clock; what "public" means
 * is {@link PublicStory}. Other features' code finds stories through
 * {@link ArticleLookup}; this repository is public only so tests of other features can
 * seed stories ({@code ModularityTests} keeps other features' code off it).
 */
public interface ArticleRepository extends JpaRepository<Article, Long> {

	Optional<Article> findBySlug(String slug);

	Optional<Article> findBySourcePath(String sourcePath);

	@EntityGraph(attributePaths = { "authors", "tags", "headings", "corrections" })
	@Query("select a from Article a where a.slug = :slug and " + PublicStory.NOW)
	Optional<Article> findPublicBySlug(@Param("slug") String slug, @Param("now") Instant now);

	@Query(value = "select a from Article a where " + PublicStory.NOW + " order by a.publishedAt desc, a.id desc",
			countQuery = "select count(a) from Article a where " + PublicStory.NOW)
	Page<Article> findPublic(@Param("now") Instant now, Pageable pageable);

	@Query(value = "select a from Article a where a.desk.slug = :desk and " + PublicStory.NOW
			+ " order by a.publishedAt desc, a.id desc",
			countQuery = "select count(a) from Article a where a.desk.slug = :desk and " + PublicStory.NOW)
	Page<Article> findPublicByDesk(@Param("desk") String deskSlug, @Param("now") Instant now, Pageable pageable);

	@Query(value = "select a from Article a join a.tags t where t.slug = :tag and " + PublicStory.NOW
			+ " order by a.publishedAt desc, a.id desc",
			countQuery = "select count(a) from Article a join a.tags t where t.slug = :tag and " + PublicStory.NOW)
	Page<Article> findPublicByTag(@Param("tag") String tagSlug, @Param("now") Instant now, Pageable pageable);

	@Query(value = "select a from Article a join a.authors w where w.slug = :author and " + PublicStory.NOW
			+ " order by a.publishedAt desc, a.id desc",
			countQuery = "select count(a) from Article a join a.authors w where w.slug = :author and "
					+ PublicStory.NOW)
	Page<Article> findPublicByAuthor(@Param("author") String authorSlug, @Param("now") Instant now, Pageable pageable);

	@Query("select distinct a.desk from Article a where a.desk.slug is not null and " + PublicStory.NOW)
	List<Desk> findPublicDesks(@Param("now") Instant now);

	/** The newest public story marked as the lead, if any. */
	@Query("select a from Article a where a.lead = true and " + PublicStory.NOW
			+ " order by a.publishedAt desc, a.id desc")
	List<Article> findNewestPublicLead(@Param("now") Instant now, Limit limit);

	/** The newest public stories of one desk, for a front-page block. */
	@Query("select a from Article a where a.desk.slug = :desk and " + PublicStory.NOW
			+ " order by a.publishedAt desc, a.id desc")
	List<Article> findNewestPublicByDesk(@Param("desk") String deskSlug, @Param("now") Instant now, Limit limit);

	/** The name of a tag as written on a public story, for the tag page heading. */
	@Query("select t.name from Article a join a.tags t where t.slug = :tag and " + PublicStory.NOW
			+ " order by a.publishedAt desc, a.id desc")
	List<String> findPublicTagNames(@Param("tag") String tagSlug, @Param("now") Instant now, Limit limit);

	/**
	 * The name of an author as written on a public story, for the author page heading.
	 */
	@Query("select w.name from Article a join a.authors w where w.slug = :author and " + PublicStory.NOW
			+ " order by a.publishedAt desc, a.id desc")
	List<String> findPublicAuthorNames(@Param("author") String authorSlug, @Param("now") Instant now, Limit limit);

	/** The names written for one desk slug by stored stories, for the loader's check. */
	@Query("select distinct new org.broadsheet.article.NameInFile(a.desk.name, a.sourcePath) from Article a"
			+ " where a.desk.slug = :slug and a.removed = false")
	List<NameInFile> findDeskNamesBySlug(@Param("slug") String slug, Limit limit);

	/** The names written for one tag slug by stored stories, for the loader's check. */
	@Query("select distinct new org.broadsheet.article.NameInFile(t.name, a.sourcePath) from Article a join a.tags t"
			+ " where t.slug = :slug and a.removed = false")
	List<NameInFile> findTagNamesBySlug(@Param("slug") String slug, Limit limit);

	/**
	 * The names written for one author slug by stored stories, for the loader's check.
	 */
	@Query("select distinct new org.broadsheet.article.NameInFile(w.name, a.sourcePath) from Article a"
			+ " join a.authors w where w.slug = :slug and a.removed = false")
	List<NameInFile> findAuthorNamesBySlug(@Param("slug") String slug, Limit limit);

	/**
	 * When the next scheduled story comes out, so caches of public data know when to
	 * expire.
	 */
	@Query("select min(a.publishedAt) from Article a where " + PublicStory.SCHEDULED)
	Optional<Instant> findNextPublicationAfter(@Param("now") Instant now);

	/** Stories whose scheduled publication time fell after one moment, up to another. */
	@Query("select a.id from Article a where " + PublicStory.RELEASED
			+ " and a.publishedAt > :after and a.publishedAt <= :until")
	List<Long> findIdsPublishedBetween(@Param("after") Instant after, @Param("until") Instant until);

	/** The fingerprint of every file-backed story, for a fast unchanged reload. */
	@Query("select new org.broadsheet.article.SourceFingerprint(a.id, a.slug, a.sourcePath, a.contentHash, a.sourceStamp,"
			+ " a.removed)" + " from Article a where a.sourcePath is not null")
	List<SourceFingerprint> findSourceFingerprints();

}
