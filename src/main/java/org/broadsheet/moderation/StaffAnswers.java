package org.broadsheet.moderation;

import java.time.Clock;
import java.util.Optional;

import org.broadsheet.reply.Reply;
import org.broadsheet.reply.ReplyService;
import org.broadsheet.reply.StaffReplies;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff answers from the queue: approved at once, marked as staff, audited.
 */
@Service
class StaffAnswers {

	private final ReplyService replies;

	private final StaffReplies staffReplies;

	private final AuditEntryRepository audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StaffAnswers(ReplyService replies, StaffReplies staffReplies, AuditEntryRepository audit,
			ApplicationEventPublisher events, Clock clock) {
		this.replies = replies;
		this.staffReplies = staffReplies;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	boolean canAnswer(long parentId) {
		return this.replies.find(parentId).map(this.staffReplies::canAnswer).orElse(false);
	}

	/** The new reply's id, or empty when the parent cannot be answered. */
	@Transactional
	Optional<Long> answer(long parentId, String text, String staffName) {
		Reply parent = this.replies.find(parentId).orElseThrow(ReplyNotFoundException::new);
		if (!this.staffReplies.canAnswer(parent)) {
			return Optional.empty();
		}
		Reply answer = this.staffReplies.answer(parent, staffName, text, this.clock.instant());
		this.audit.save(new AuditEntry(answer, ModerationAction.STAFF_REPLY, answer.getStatus(), staffName,
				this.clock.instant()));
		this.events.publishEvent(new ReplyModerated(answer.getId(), parent.getArticleId(), ModerationAction.STAFF_REPLY,
				answer.getStatus()));
		return Optional.of(answer.getId());
	}

}
