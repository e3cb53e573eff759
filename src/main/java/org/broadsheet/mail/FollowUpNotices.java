package org.broadsheet.mail;

import java.time.Clock;
import java.time.Instant;

import org.broadsheet.reply.Reply;
import org.broadsheet.reply.ReplyService;

import org.springframework.stereotype.Component;

/**
 * A reply just made public becomes a notice for every confirmed reader it concerns: whose
 * reply it answers, or who follows the whole story. Its own poster is not told.
 */
@Component
class FollowUpNotices {

	private final ReplyService replies;

	private final SubscriptionRepository subscriptions;

	private final MailNotices notices;

	private final Clock clock;

	FollowUpNotices(ReplyService replies, SubscriptionRepository subscriptions, MailNotices notices, Clock clock) {
		this.replies = replies;
		this.subscriptions = subscriptions;
		this.notices = notices;
		this.clock = clock;
	}

	void approved(long replyId) {
		Reply reply = this.replies.find(replyId).orElse(null);
		if (reply == null || !reply.isApproved()) {
			return;
		}
		Instant now = this.clock.instant();
		long parentId = (reply.getParentId() != null) ? reply.getParentId() : -1;
		String poster = (reply.getAuthorEmail() != null) ? new Recipient(reply.getAuthorEmail()).key() : "";
		for (ReaderAddress reader : this.subscriptions.confirmedReadersFor(reply.getArticleId(), parentId)) {
			if (!reader.getEmailKey().equals(poster)) {
				this.notices.record(NoticeKind.FOLLOW_UP, new Recipient(reader.getEmail()), replyId, now);
			}
		}
	}

}
