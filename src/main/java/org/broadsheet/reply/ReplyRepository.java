package org.broadsheet.reply;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Replies. The moderation queue pages through them by status (through
 * {@link StaffReplies}); story pages read the approved ones of one story in a single
 * query. Other features go through {@link ReplyService} and {@link StaffReplies}; this
 * repository is public only so tests of other features can seed replies
 * ({@code ModularityTests} keeps other features' code off it).
 */
public interface ReplyRepository extends JpaRepository<Reply, Long> {

	/** The approved replies of a story, oldest first (one query, no joins). */
	@Query("select r from Reply r where r.article.id = :article and r.status = org.broadsheet.reply.ReplyStatus.APPROVED"
			+ " order by r.createdAt, r.id")
	List<Reply> findApproved(@Param("article") long articleId);

	/** The replies with these ids on a story, restricted to some statuses. */
	@Query("select r from Reply r where r.article.id = :article and r.id in :ids and r.status in :statuses"
			+ " order by r.createdAt, r.id")
	List<Reply> findOwn(@Param("article") long articleId, @Param("ids") Collection<Long> ids,
			@Param("statuses") Collection<ReplyStatus> statuses);

	/** A queue tab: replies in one status, newest first, with their stories. */
	@EntityGraph(attributePaths = "article")
	Page<Reply> findByStatusOrderByCreatedAtDescIdDesc(ReplyStatus status, Pageable pageable);

	long countByStatus(ReplyStatus status);

	/** Every reply posted with an address, whatever its spelling, newest first. */
	@Query("select r from Reply r where r.emailKey = :key order by r.createdAt desc, r.id desc")
	List<Reply> findByEmailKey(@Param("key") String emailKey);

	@Query("select max(r.createdAt) from Reply r where r.ipHash = :ip")
	Instant findLatestFrom(@Param("ip") String ipHash);

	/** Approved reply counts per story, in one grouped query. */
	@Query("select r.article.id, count(r) from Reply r where r.article.id in :articles"
			+ " and r.status = org.broadsheet.reply.ReplyStatus.APPROVED group by r.article.id")
	List<Object[]> countApproved(@Param("articles") Collection<Long> articleIds);

}
