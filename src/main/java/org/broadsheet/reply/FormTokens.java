package org.broadsheet.reply;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Signed, expiring form tokens: {@code <issued epoch seconds>.<HMAC(slug, issued)>}. The
 * token proves the form came from this site for this story, without a session, and
 * carries the moment it was rendered for the too-fast rule.
 */
@Component
class FormTokens {

	private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

	private final SigningKey key;

	private final Clock clock;

	private final Duration lifetime;

	FormTokens(SigningKey key, Clock clock, ReplyProperties properties) {
		this.key = key;
		this.clock = clock;
		this.lifetime = properties.formTokenLifetime();
	}

	/** A token for a form on this story, issued now. */
	String issue(String slug) {
		return issue(slug, this.clock.instant());
	}

	/** A token for a form on this story, as if issued at {@code issuedAt}. */
	String issue(String slug, Instant issuedAt) {
		long issued = issuedAt.getEpochSecond();
		return issued + "." + this.key.sign(message(slug, issued));
	}

	/**
	 * When the token was issued, if it is genuine for this story and has not expired.
	 */
	Optional<Instant> verify(String slug, String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		int dot = token.indexOf('.');
		if (dot < 1) {
			return Optional.empty();
		}
		long issued;
		try {
			issued = Long.parseLong(token.substring(0, dot));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		if (!this.key.verify(message(slug, issued), token.substring(dot + 1))) {
			return Optional.empty();
		}
		Instant issuedAt = Instant.ofEpochSecond(issued);
		Instant now = this.clock.instant();
		if (issuedAt.isAfter(now.plus(CLOCK_SKEW)) || issuedAt.plus(this.lifetime).isBefore(now)) {
			return Optional.empty();
		}
		return Optional.of(issuedAt);
	}

	private static String message(String slug, long issued) {
		return "reply-form\n" + slug + "\n" + issued;
	}

}
