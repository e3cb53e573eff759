package org.broadsheet.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A refusal until a moment: of one username from one address, or (empty username) of
 * every sign-in from one address.
 */
@Entity
@Table(name = "login_block")
class LoginBlock {

	static final String WHOLE_ADDRESS = "";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String clientIp;

	private Instant blockedUntil;

	protected LoginBlock() {
	}

	LoginBlock(String username, String clientIp, Instant blockedUntil) {
		this.username = username;
		this.clientIp = clientIp;
		this.blockedUntil = blockedUntil;
	}

}
