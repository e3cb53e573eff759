package org.broadsheet.moderation;

import java.time.Clock;
import java.time.Instant;

import org.broadsheet.reply.Reply;
import org.broadsheet.reply.ReplyRepository;
import org.broadsheet.reply.ReplyStatus;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One moderation change to one reply in one transaction, with its audit entry. The
 * version the moderator saw must still be current; a concurrent change makes the flush
 * fail and the whole transaction roll back.
 */
@Component
class ReplyChanges {

	private final ReplyRepository replies;

	private final AuditEntryRepository audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReplyChanges(ReplyRepository replies, AuditEntryRepository audit, ApplicationEventPublisher events, Clock clock) {
		this.replies = replies;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	Outcome apply(long replyId, long seenVersion, ModerationAction action, String moderator, String newText) {
		Reply reply = this.replies.findById(replyId).orElse(null);
		if (reply == null) {
			return this.audit.findFirstByReplyIdOrderByIdDesc(replyId)
				.map((entry) -> Outcome.alreadyHandled(replyId, null, entry.getModerator()))
				.orElseGet(() -> Outcome.notFound(replyId));
		}
		if (reply.getVersion() != seenVersion) {
			return Outcome.alreadyHandled(replyId, reply.getStatus(), lastModerator(replyId));
		}
		if (!action.appliesTo(reply.getStatus())) {
			return Outcome.notAllowed(replyId, reply.getStatus());
		}
		ReplyStatus target = (action.target() != null) ? action.target() : reply.getStatus();
		AuditEntry entry = new AuditEntry(reply, action, (action == ModerationAction.DELETE) ? null : target, moderator,
				this.clock.instant());
		long articleId = reply.getArticleId();
		change(reply, action, moderator, newText);
		this.replies.flush();
		this.audit.save(entry);
		this.events.publishEvent(new ReplyModerated(replyId, articleId, action, entry.getToStatus()));
		return Outcome.done(replyId, entry.getToStatus());
	}

	private void change(Reply reply, ModerationAction action, String moderator, String newText) {
		switch (action) {
			case APPROVE -> {
				if (newText != null) {
					reply.editText(newText);
				}
				reply.approve();
			}
			case UNAPPROVE -> reply.holdForModeration("unapproved by " + moderator);
			case SPAM -> reply.markSpam();
			case TRASH -> reply.trash();
			case RESTORE -> reply.holdForModeration("restored by " + moderator);
			case DELETE -> this.replies.delete(reply);
			case EDIT -> reply.editText(newText);
			default -> throw new IllegalArgumentException("Not a reply change: " + action);
		}
	}

	/**
	 * Deletes a trashed reply nobody has touched since the cut-off, audited as "system".
	 */
	@Transactional
	boolean purgeIfUntouchedSince(long replyId, Instant cutoff) {
		Reply reply = this.replies.findById(replyId).orElse(null);
		if (reply == null || !ModerationAction.PURGE.appliesTo(reply.getStatus())
				|| this.audit.existsByReplyIdAndCreatedAtGreaterThanEqual(replyId, cutoff)) {
			return false;
		}
		AuditEntry entry = new AuditEntry(reply, ModerationAction.PURGE, null, TrashPurge.SYSTEM, this.clock.instant());
		long articleId = reply.getArticleId();
		this.replies.delete(reply);
		this.replies.flush();
		this.audit.save(entry);
		this.events.publishEvent(new ReplyModerated(replyId, articleId, ModerationAction.PURGE, null));
		return true;
	}

	String lastModerator(long replyId) {
		return this.audit.findFirstByReplyIdOrderByIdDesc(replyId).map(AuditEntry::getModerator).orElse(null);
	}

}
