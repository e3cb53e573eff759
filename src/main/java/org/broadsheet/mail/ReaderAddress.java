package org.broadsheet.mail;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A reader's email address as far as mail goes: asked to confirm (double opt-in), and
 * confirmed once they followed the signed link. Only a confirmed address gets follow-ups.
 */
@Entity
@Table(name = "mail_reader")
class ReaderAddress {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String emailKey;

	private String email;

	private Instant confirmationSentAt;

	private Instant confirmedAt;

	private Instant createdAt;

	protected ReaderAddress() {
	}

	ReaderAddress(String email, Instant now) {
		this.email = email;
		this.emailKey = new Recipient(email).key();
		this.createdAt = now;
	}

	/** Whether a confirmation mail should go now: never confirmed, none sent lately. */
	boolean needsConfirmationMail(Instant now, Duration interval) {
		return this.confirmedAt == null
				&& (this.confirmationSentAt == null || !this.confirmationSentAt.plus(interval).isAfter(now));
	}

	void confirmationSent(Instant now) {
		this.confirmationSentAt = now;
	}

	void confirm(Instant now) {
		if (this.confirmedAt == null) {
			this.confirmedAt = now;
		}
	}

	/**
	 * Unsubscribed: back to unconfirmed, so a new subscription needs a new confirmation.
	 */
	void unsubscribe() {
		this.confirmedAt = null;
		this.confirmationSentAt = null;
	}

	boolean isConfirmed() {
		return this.confirmedAt != null;
	}

	Long getId() {
		return this.id;
	}

	String getEmailKey() {
		return this.emailKey;
	}

	String getEmail() {
		return this.email;
	}

	Instant getConfirmationSentAt() {
		return this.confirmationSentAt;
	}

}
