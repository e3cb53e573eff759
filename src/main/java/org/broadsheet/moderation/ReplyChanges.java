package org.broadsheet.moderation;

import java.time.Clock;
import java.time.Instant;

import org.broadsheet.reply.Reply;
import org.broadsheet.reply.ReplyService;
import org.broadsheet.reply.ReplyStatus;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One moderation change to one reply in one transaction, with its audit entry. The reply
 * changes through {@link ReplyService}. The version the moderator saw must still be
 * current; a concurrent change makes the change fail and the whole transaction roll back.
 */
@Component
class ReplyChanges {

	private final ReplyService replies;

	private final AuditEntryRepository audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReplyChanges(ReplyService replies, AuditEntryRepository audit, ApplicationEventPublisher events, Clock clock) {
		this.replies = replies;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	Outcome apply(long replyId, long seenVersion, ModerationAction action, String moderator, String newText) {
		Reply reply = this.replies.find(replyId).orElse(null);
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
		change(replyId, action, moderator, newText);
		this.audit.save(entry);
		this.events.publishEvent(new ReplyModerated(replyId, articleId, action, entry.getToStatus()));
		return Outcome.done(replyId, entry.getToStatus());
	}

	private void change(long replyId, ModerationAction action, String moderator, String newText) {
		switch (action) {
			case APPROVE -> {
				if (newText != null) {
					this.replies.approveEdited(replyId, newText);
				}
				else {
					this.replies.approve(replyId);
				}
			}
			case UNAPPROVE -> this.replies.holdForModeration(replyId, "unapproved by " + moderator);
			case SPAM -> this.replies.markSpam(replyId);
			case TRASH -> this.replies.trash(replyId);
			case RESTORE -> this.replies.holdForModeration(replyId, "restored by " + moderator);
			case DELETE -> this.replies.delete(replyId);
			case EDIT -> this.replies.editText(replyId, newText);
			default -> throw new IllegalArgumentException("Not a reply change: " + action);
		}
	}

	/**
	 * Deletes a trashed reply nobody has touched since the cut-off, audited as "system".
	 */
	@Transactional
	boolean purgeIfUntouchedSince(long replyId, Instant cutoff) {
		Reply reply = this.replies.find(replyId).orElse(null);
		if (reply == null || !ModerationAction.PURGE.appliesTo(reply.getStatus())
				|| this.audit.existsByReplyIdAndCreatedAtGreaterThanEqual(replyId, cutoff)) {
			return false;
		}
		AuditEntry entry = new AuditEntry(reply, ModerationAction.PURGE, null, TrashPurge.SYSTEM, this.clock.instant());
		long articleId = reply.getArticleId();
		this.replies.delete(replyId);
		this.audit.save(entry);
		this.events.publishEvent(new ReplyModerated(replyId, articleId, ModerationAction.PURGE, null));
		return true;
	}

	String lastModerator(long replyId) {
		return this.audit.findFirstByReplyIdOrderByIdDesc(replyId).map(AuditEntry::getModerator).orElse(null);
	}

}
