package org.broadsheet.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns due notices into queued messages, one recipient and kind per transaction:
 * confirmations and "each" moderator mail at once, one message per notice; a moderator's
 * digest once its oldest notice is {@code digest-interval} old; a reader's follow-ups at
 * once, but never sooner than {@code follow-up-interval} after their last follow-up mail,
 * so a busy thread makes one mail an hour. The notices are claimed by setting their
 * message with a conditional update: if another instance took one first, the whole batch
 * rolls back and nothing is queued twice.
 */
@Component
class NoticeBatcher {

	private final MailNotices notices;

	private final Outbox outbox;

	private final MailContents contents;

	private final MailSettings settings;

	private final TransactionTemplate transactions;

	NoticeBatcher(MailNotices notices, Outbox outbox, MailContents contents, MailSettings settings,
			PlatformTransactionManager transactions) {
		this.notices = notices;
		this.outbox = outbox;
		this.contents = contents;
		this.settings = settings;
		this.transactions = new TransactionTemplate(transactions);
	}

	/** Queues every message due now; answers how many. */
	int batch(Instant now) {
		int queued = 0;
		for (MailNotices.Waiting waiting : this.notices.waiting()) {
			if (isDue(waiting, now)) {
				try {
					queued += this.transactions.execute((status) -> batch(waiting, now));
				}
				catch (AlreadyTaken | PessimisticLockingFailureException ex) {
					// another instance batched (or is batching) these notices
				}
			}
		}
		return queued;
	}

	private boolean isDue(MailNotices.Waiting waiting, Instant now) {
		return switch (waiting.kind()) {
			case CONFIRM, HELD -> true;
			case HELD_DIGEST -> !waiting.oldest().plus(this.settings.digestInterval()).isAfter(now);
			case FOLLOW_UP -> this.outbox.lastQueued(NoticeKind.FOLLOW_UP, waiting.recipientKey())
				.map((last) -> !last.plus(this.settings.followUpInterval()).isAfter(now))
				.orElse(true);
		};
	}

	private int batch(MailNotices.Waiting waiting, Instant now) {
		List<MailNotices.Open> open = this.notices.open(waiting.kind(), waiting.recipientKey());
		boolean single = waiting.kind() == NoticeKind.CONFIRM || waiting.kind() == NoticeKind.HELD;
		int queued = 0;
		for (List<MailNotices.Open> group : single ? open.stream().map(List::of).toList() : List.of(open)) {
			queued += queue(waiting, group, now);
		}
		return queued;
	}

	private int queue(MailNotices.Waiting waiting, List<MailNotices.Open> group, Instant now) {
		List<Long> ids = group.stream().map(MailNotices.Open::id).toList();
		Optional<MailContents.Ready> ready = this.contents.compose(waiting.kind(), waiting.recipientKey(), group);
		if (ready.isEmpty()) {
			this.notices.drop(ids);
			return 0;
		}
		Recipient to = new Recipient(group.get(0).recipient());
		long messageId = this.outbox.queue(waiting.kind(), to, ready.get().mail(), ready.get().unsubscribeUrl(), now);
		if (!this.notices.claim(ids, messageId)) {
			throw new AlreadyTaken();
		}
		return 1;
	}

	/** Another instance claimed the notices first: roll this batch back. */
	static class AlreadyTaken extends RuntimeException {

		AlreadyTaken() {
			super("MailNotices already batched by another instance", null, false, false);
		}

	}

}
