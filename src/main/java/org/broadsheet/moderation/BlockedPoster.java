package org.broadsheet.moderation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A poster whose later replies go straight to spam: by email address (kept only as a
 * hash) or by the reply feature's salted address hash.
 */
@Entity
@Table(name = "blocked_poster")
public class BlockedPoster {

	/** What is blocked. */
	public enum Kind {

		EMAIL, ADDRESS

	}

	private static final int MAX_LABEL = 300;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private String valueHash;

	private String label;

	private String blockedBy;

	private Instant createdAt;

	protected BlockedPoster() {
	}

	BlockedPoster(Kind kind, String valueHash, String label, String blockedBy, Instant createdAt) {
		this.kind = kind;
		this.valueHash = valueHash;
		this.label = (label.length() > MAX_LABEL) ? label.substring(0, MAX_LABEL) : label;
		this.blockedBy = blockedBy;
		this.createdAt = createdAt;
	}

	/** The stored form of an email address: SHA-256 of its trimmed lower case. */
	static String emailHash(String email) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(email.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** An address shown to staff without spelling it out: {@code j•••@example.com}. */
	static String maskEmail(String email) {
		String trimmed = email.strip();
		int at = trimmed.lastIndexOf('@');
		if (at < 1) {
			return "•••";
		}
		return trimmed.charAt(0) + "•••" + trimmed.substring(at);
	}

	public Long getId() {
		return this.id;
	}

	public Kind getKind() {
		return this.kind;
	}

	public String getLabel() {
		return this.label;
	}

	public String getBlockedBy() {
		return this.blockedBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
