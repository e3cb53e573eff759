package org.broadsheet.reply;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * The site's HMAC key for form tokens, cookies and the salted hashes of addresses. It
 * comes from {@code broadsheet.secret} ({@link SigningProperties}); when that is unset a
 * random one is made at the first start and kept in the database, so every instance
 * behind a load balancer signs alike. Other features (mail links) sign with it too.
 */
@NamedInterface("api")
@Component
public class SigningKey implements SmartInitializingSingleton {

	private static final String NAME = "signing-key";

	private final JdbcTemplate jdbc;

	private final String configured;

	private final Clock clock;

	private volatile byte[] key;

	SigningKey(JdbcTemplate jdbc, SigningProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.configured = properties.secret();
		this.clock = clock;
	}

	/**
	 * Reads or makes the key at start-up (the database is migrated by then), not inside
	 * the first request's read-only transaction.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		key();
	}

	/** HMAC-SHA256 of the message, Base64url without padding. */
	public String sign(String message) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(message));
	}

	/** HMAC-SHA256 of the message in hex: a salted hash that cannot be reversed. */
	String hash(String message) {
		return HexFormat.of().formatHex(mac(message));
	}

	/** Whether the signature matches the message (in constant time). */
	public boolean verify(String message, String signature) {
		byte[] expected = sign(message).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
	}

	private byte[] mac(String message) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private byte[] key() {
		byte[] current = this.key;
		if (current == null) {
			synchronized (this) {
				if (this.key == null) {
					this.key = sha256(secret());
				}
				current = this.key;
			}
		}
		return current;
	}

	private String secret() {
		if (this.configured != null && !this.configured.isBlank()) {
			return this.configured;
		}
		String stored = stored();
		if (stored != null) {
			return stored;
		}
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		// another instance may store one first: then theirs is used
		this.jdbc.update(
				"insert into site_secret (name, secret_value, created_at) values (?, ?, ?)" + " on conflict do nothing",
				NAME, Base64.getEncoder().encodeToString(random), Timestamp.from(this.clock.instant()));
		return stored();
	}

	private String stored() {
		List<String> values = this.jdbc.queryForList("select secret_value from site_secret where name = ?",
				String.class, NAME);
		return values.isEmpty() ? null : values.get(0);
	}

	private static byte[] sha256(String secret) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
