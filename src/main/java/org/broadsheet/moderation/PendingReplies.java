package org.broadsheet.moderation;

import org.broadsheet.reply.ReplyRepository;
import org.broadsheet.reply.ReplyStatus;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pending count in the staff header: {@code ${@pendingReplies.count()}}.
 */
@Component("pendingReplies")
public class PendingReplies {

	private final ReplyRepository replies;

	PendingReplies(ReplyRepository replies) {
		this.replies = replies;
	}

	@Transactional(readOnly = true)
	public long count() {
		return this.replies.countByStatus(ReplyStatus.PENDING);
	}

}
