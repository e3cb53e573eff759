package org.broadsheet.mail;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A staff member's address for moderation mail and how often they want it. Without a row
 * a moderator gets no mail (there is no address to send to); the default choice is the
 * digest.
 */
@Entity
@Table(name = "mail_moderator")
class ModeratorMail {

	@Id
	private String username;

	private String email;

	@Enumerated(EnumType.STRING)
	private Frequency frequency;

	private Instant updatedAt;

	protected ModeratorMail() {
	}

	ModeratorMail(String username) {
		this.username = username;
		this.frequency = Frequency.DIGEST;
	}

	void change(String email, Frequency frequency, Instant now) {
		this.email = email;
		this.frequency = frequency;
		this.updatedAt = now;
	}

	String getUsername() {
		return this.username;
	}

	String getEmail() {
		return this.email;
	}

	Frequency getFrequency() {
		return this.frequency;
	}

}
