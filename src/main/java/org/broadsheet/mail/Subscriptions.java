package org.broadsheet.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

import org.broadsheet.reply.FollowUps;
import org.broadsheet.reply.FollowUpsRequested;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Readers' follow-up subscriptions: asked for with a reply (a confirmation mail goes to a
 * new address, at most one per {@code confirmation-interval}), confirmed by the signed
 * link, and ended by the signed unsubscribe link, which drops every subscription of the
 * address and any mail still waiting for it.
 */
@Service
class Subscriptions {

	private final ReaderAddressRepository readers;

	private final SubscriptionRepository subscriptions;

	private final MailNotices notices;

	private final MailSettings settings;

	private final Clock clock;

	Subscriptions(ReaderAddressRepository readers, SubscriptionRepository subscriptions, MailNotices notices,
			MailSettings settings, Clock clock) {
		this.readers = readers;
		this.subscriptions = subscriptions;
		this.notices = notices;
		this.settings = settings;
		this.clock = clock;
	}

	/** Runs in the posting transaction. */
	void subscribe(FollowUpsRequested request) {
		Instant now = this.clock.instant();
		Recipient recipient = new Recipient(request.email());
		ReaderAddress reader = this.readers.findByEmailKey(recipient.key())
			.orElseGet(() -> this.readers.save(new ReaderAddress(recipient.email(), now)));
		this.subscriptions.save(new Subscription(reader, request.articleId(), request.replyId(),
				request.followUps() == FollowUps.STORY, now));
		if (reader.needsConfirmationMail(now, this.settings.confirmationInterval())) {
			reader.confirmationSent(now);
			this.notices.record(NoticeKind.CONFIRM, recipient, null, now);
		}
	}

	/** Confirms the address if the link is genuine; empty when it is not. */
	@Transactional
	Optional<ReaderAddress> confirm(long readerId, Predicate<ReaderAddress> genuine) {
		return this.readers.findById(readerId).filter(genuine).map((reader) -> {
			reader.confirm(this.clock.instant());
			return reader;
		});
	}

	/** Whether the link is genuine for an address we know. */
	@Transactional(readOnly = true)
	boolean isGenuine(long readerId, Predicate<ReaderAddress> genuine) {
		return this.readers.findById(readerId).filter(genuine).isPresent();
	}

	/** Unsubscribes the address if the link is genuine; false when it is not. */
	@Transactional
	boolean unsubscribe(long readerId, Predicate<ReaderAddress> genuine) {
		Optional<ReaderAddress> found = this.readers.findById(readerId).filter(genuine);
		found.ifPresent((reader) -> {
			this.subscriptions.deleteByReader(reader);
			reader.unsubscribe();
			this.notices.forgetUnsent(reader.getEmailKey());
		});
		return found.isPresent();
	}

	/** Erases everything kept under the address (moderation's "erase reader data"). */
	void erase(String email) {
		Recipient recipient = new Recipient(email);
		this.readers.findByEmailKey(recipient.key()).ifPresent((reader) -> {
			this.subscriptions.deleteByReader(reader);
			this.readers.delete(reader);
		});
		this.notices.erase(recipient.key());
	}

}
