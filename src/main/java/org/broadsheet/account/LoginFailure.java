package org.broadsheet.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One failed sign-in: which username, from which client address, when.
 */
@Entity
@Table(name = "login_failure")
class LoginFailure {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String clientIp;

	private Instant failedAt;

	protected LoginFailure() {
	}

	LoginFailure(String username, String clientIp, Instant failedAt) {
		this.username = username;
		this.clientIp = clientIp;
		this.failedAt = failedAt;
	}

}
