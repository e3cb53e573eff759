package org.broadsheet.reply;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many replies wait for a moderator, for pages outside the reply feature: the
 * newsroom dashboard and the staff header ({@code ${@pendingReplies.count()}}).
 * Read-only.
 */
@NamedInterface("api")
@Component("pendingReplies")
public class PendingReplyCount {

	private final ReplyRepository replies;

	PendingReplyCount(ReplyRepository replies) {
		this.replies = replies;
	}

	@Transactional(readOnly = true)
	public long count() {
		return this.replies.countByStatus(ReplyStatus.PENDING);
	}

}
