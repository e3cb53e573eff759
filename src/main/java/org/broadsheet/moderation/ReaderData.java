package org.broadsheet.moderation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.broadsheet.reply.Reply;
import org.broadsheet.reply.StaffReplies;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reader's right to their data: every reply posted with an email address, exported as
 * JSON or erased (text and personal fields removed, the reply trashed, each erasure
 * audited, and the name removed from the log as well).
 */
@Service
class ReaderData {

	private final StaffReplies staffReplies;

	private final AuditEntryRepository audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReaderData(StaffReplies staffReplies, AuditEntryRepository audit, ApplicationEventPublisher events, Clock clock) {
		this.staffReplies = staffReplies;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * One reply in an export.
	 *
	 * @param id the reply
	 * @param story the story's slug
	 * @param storyTitle the story's headline
	 * @param name the name given
	 * @param email the email given
	 * @param website the website given
	 * @param text the reply
	 * @param status its status
	 * @param postedAt when it was posted
	 * @param inReplyTo the reply it answers
	 */
	record ExportedReply(long id, String story, String storyTitle, String name, String email, String website,
			String text, String status, Instant postedAt, Long inReplyTo) {

		static ExportedReply of(Reply reply) {
			return new ExportedReply(reply.getId(), reply.getArticle().getSlug(), reply.getArticle().getTitle(),
					reply.getAuthorName(), reply.getAuthorEmail(), reply.getAuthorUrl(), reply.getText(),
					reply.getStatus().name(), reply.getCreatedAt(), reply.getParentId());
		}

	}

	@Transactional(readOnly = true)
	List<QueueRow> find(String email) {
		return byEmail(email).stream().map((reply) -> QueueRow.of(reply, null)).toList();
	}

	@Transactional(readOnly = true)
	List<ExportedReply> export(String email) {
		return byEmail(email).stream().map(ExportedReply::of).toList();
	}

	/** Erases every reply posted with the address; answers how many. */
	@Transactional
	int erase(String email, String moderator) {
		List<Reply> found = byEmail(email);
		Instant now = this.clock.instant();
		int erased = 0;
		for (Reply reply : found) {
			this.audit
				.save(new AuditEntry(reply, ModerationAction.ERASE, ModerationAction.ERASE.target(), moderator, now));
			if (this.staffReplies.erase(reply.getId(), reply.getVersion())) {
				erased++;
				this.events.publishEvent(new ReplyModerated(reply.getId(), reply.getArticleId(), ModerationAction.ERASE,
						ModerationAction.ERASE.target()));
			}
		}
		if (!found.isEmpty()) {
			this.audit.renameAuthor(found.stream().map(Reply::getId).toList(), StaffReplies.ERASED_NAME);
		}
		this.events.publishEvent(new ReaderErased(email));
		return erased;
	}

	private List<Reply> byEmail(String email) {
		if (email == null || email.isBlank()) {
			return List.of();
		}
		return this.staffReplies.postedWith(email);
	}

}
