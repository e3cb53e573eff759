package org.broadsheet.reply;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do with replies beyond status changes (those are {@link ReplyService}'s):
 * read the moderation queue and a reader's replies, answer from the queue, erase a
 * reader's personal data, and find old trash. Kept apart from reader posting so the rules
 * never see staff replies.
 */
@NamedInterface("api")
@Service
public class StaffReplies {

	/** The rule name that marks a reply posted by staff. */
	public static final String STAFF_RULE = "staff";

	/** The name an erased reply shows. */
	public static final String ERASED_NAME = "(erased)";

	private final ReplyRepository replies;

	private final ReplyProperties properties;

	private final EntityManager entityManager;

	private final ApplicationEventPublisher events;

	StaffReplies(ReplyRepository replies, ReplyProperties properties, EntityManager entityManager,
			ApplicationEventPublisher events) {
		this.replies = replies;
		this.properties = properties;
		this.entityManager = entityManager;
		this.events = events;
	}

	/** How many replies have a status (a queue tab's count). */
	@Transactional(readOnly = true)
	public long count(ReplyStatus status) {
		return this.replies.countByStatus(status);
	}

	/** One page of the replies in a status, newest first, with their stories. */
	@Transactional(readOnly = true)
	public Page<Reply> inStatus(ReplyStatus status, Pageable pageable) {
		return this.replies.findByStatusOrderByCreatedAtDescIdDesc(status, pageable);
	}

	/** The replies with these ids, in no particular order. */
	@Transactional(readOnly = true)
	public List<Reply> findAll(Collection<Long> replyIds) {
		return this.replies.findAllById(replyIds);
	}

	/** Every reply posted with an address, whatever its spelling, newest first. */
	@Transactional(readOnly = true)
	public List<Reply> postedWith(String email) {
		return this.replies.findByEmailKey(ReplyAuthor.emailKey(email));
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
		if (updated == 1) {
			this.events.publishEvent(new ApprovedAuthors.StaffChange(replyId));
		}
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
