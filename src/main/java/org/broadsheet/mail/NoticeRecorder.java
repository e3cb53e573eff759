package org.broadsheet.mail;

import org.broadsheet.moderation.ModerationAction;
import org.broadsheet.moderation.ReaderErased;
import org.broadsheet.moderation.ReplyModerated;
import org.broadsheet.reply.FollowUpsRequested;
import org.broadsheet.reply.ReplyPosted;
import org.broadsheet.reply.ReplyStatus;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns what happens to replies into notices, inside the transaction that made it happen
 * (the events are published there and these listeners run synchronously): a post rolled
 * back leaves no notice, a committed one cannot lose its notice. Nothing here talks to
 * SMTP, so posting never waits for it.
 */
@Component
class NoticeRecorder {

	private final MailSwitch mail;

	private final ModeratorNotices moderators;

	private final FollowUpNotices followUps;

	private final Subscriptions subscriptions;

	NoticeRecorder(MailSwitch mail, ModeratorNotices moderators, FollowUpNotices followUps,
			Subscriptions subscriptions) {
		this.mail = mail;
		this.moderators = moderators;
		this.followUps = followUps;
		this.subscriptions = subscriptions;
	}

	@EventListener
	void onReplyPosted(ReplyPosted posted) {
		if (this.mail.on() && posted.status() == ReplyStatus.PENDING) {
			this.moderators.held(posted.replyId());
		}
		else if (this.mail.on() && posted.status() == ReplyStatus.APPROVED) {
			this.followUps.approved(posted.replyId());
		}
	}

	@EventListener
	void onFollowUpsRequested(FollowUpsRequested request) {
		if (this.mail.on()) {
			this.subscriptions.subscribe(request);
		}
	}

	@EventListener
	void onReplyModerated(ReplyModerated moderated) {
		boolean madePublic = moderated.status() == ReplyStatus.APPROVED
				&& (moderated.action() == ModerationAction.APPROVE
						|| moderated.action() == ModerationAction.STAFF_REPLY);
		if (this.mail.on() && madePublic) {
			this.followUps.approved(moderated.replyId());
		}
	}

	@EventListener
	void onReaderErased(ReaderErased erased) {
		if (erased.email() != null && !erased.email().isBlank()) {
			this.subscriptions.erase(erased.email());
		}
	}

}
