package org.broadsheet.moderation;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

	Page<AuditEntry> findAllByOrderByCreatedAtDescIdDesc(Pageable pageable);

	Optional<AuditEntry> findFirstByReplyIdOrderByIdDesc(long replyId);

	boolean existsByReplyIdAndCreatedAtGreaterThanEqual(long replyId, Instant since);

	/** Erasing a reader also removes their name from the log. */
	@Modifying
	@Query("update AuditEntry a set a.authorName = :name where a.replyId in :replyIds")
	int renameAuthor(Collection<Long> replyIds, String name);

}
