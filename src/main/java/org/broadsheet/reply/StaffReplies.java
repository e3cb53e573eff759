package org.broadsheet.reply;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do to replies beyond status changes: answer from the moderation queue, erase
 * a reader's personal data, and find old trash. Kept apart from reader posting so the
 * rules never see staff replies.
 */
@Service
public class StaffReplies {

	/** The rule name that marks a reply posted by staff. */
	public static final String STAFF_RULE = "staff";

	/** The name an erased reply shows. */
	public static final String ERASED_NAME = "(erased)";

	private final ReplyRepository replies;

	private final ReplyProperties properties;

	private final EntityManager entityManager;

	StaffReplies(ReplyRepository replies, ReplyProperties properties, EntityManager entityManager) {
		this.replies = replies;
		this.properties = properties;
		this.entityManager = entityManager;
	}

	/**
	 * Whether a reply can be answered: approved, and not nested as deep as threads go.
	 */
	public boolean canAnswer(Reply parent) {
		return parent.isApproved() && parent.getDepth() < this.properties.maxDepth();
	}

	/** An approved reply by a staff member under a public reply, marked as staff. */
	@Transactional
	public Reply answer(Reply parent, String staffName, String text, Instant now) {
		if (!canAnswer(parent)) {
			throw new IllegalStateException("Reply " + parent.getId() + " cannot be answered");
		}
		Reply reply = new Reply(parent.getArticle(), new ReplyAuthor(staffName, "", null), text, now);
		reply.answer(parent);
		reply.fingerprint("", "");
		reply.decide(ReplyStatus.APPROVED, STAFF_RULE, "posted by staff");
		return this.replies.save(reply);
	}

	/**
	 * Removes the text and every personal field of a reply (name, email, website, address
	 * and browser hashes) and moves it to the trash, if it is still at the given version.
	 * @return whether it was erased
	 */
	@Transactional
	public boolean erase(long replyId, long version) {
		int updated = this.entityManager
			.createQuery("update Reply r set r.authorName = :name, r.authorEmail = '', r.emailKey = '',"
					+ " r.authorUrl = null, r.body = '', r.bodyHash = '', r.ipHash = '', r.userAgentHash = '',"
					+ " r.status = :trash, r.version = r.version + 1 where r.id = :id and r.version = :version")
			.setParameter("name", ERASED_NAME)
			.setParameter("trash", ReplyStatus.TRASH)
			.setParameter("id", replyId)
			.setParameter("version", version)
			.executeUpdate();
		return updated == 1;
	}

	/** Ids of trashed replies posted before a moment, oldest first. */
	@Transactional(readOnly = true)
	public List<Long> trashedBefore(Instant before, int limit) {
		return this.entityManager
			.createQuery("select r.id from Reply r where r.status = :trash and r.createdAt < :before"
					+ " order by r.createdAt, r.id", Long.class)
			.setParameter("trash", ReplyStatus.TRASH)
			.setParameter("before", before)
			.setMaxResults(limit)
			.getResultList();
	}

}
