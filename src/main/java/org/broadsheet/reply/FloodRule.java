package org.broadsheet.reply;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Rule 3: a second reply from the same client address within the flood interval is
 * refused (429, with the seconds to wait). Each accepted post claims its address in the
 * database for the interval, so posts racing from one address, on one instance or
 * several, let exactly one through.
 */
@Component
@Order(30)
class FloodRule implements ReplyRule {

	private final ReplyClaims claims;

	private final Duration interval;

	FloodRule(ReplyClaims claims, ReplyProperties properties) {
		this.claims = claims;
		this.interval = Duration.ofSeconds(properties.floodSeconds());
	}

	@Override
	public Optional<Verdict> judge(Submission submission) {
		if (this.interval.isZero() || this.interval.isNegative()) {
			return Optional.empty();
		}
		Instant now = submission.now();
		return this.claims.claim(ReplyClaims.Kind.FLOOD, submission.ipHash(), now, now.plus(this.interval))
			.map((allowedAgain) -> refuse(now, allowedAgain));
	}

	private static Verdict refuse(Instant now, Instant allowedAgain) {
		Duration wait = Duration.between(now, allowedAgain);
		if (wait.isNegative()) {
			wait = Duration.ZERO;
		}
		Duration roundedUp = Duration.ofSeconds(wait.toSeconds() + ((wait.toNanosPart() > 0) ? 1 : 0));
		return new Verdict.Refuse(Verdict.Refusal.FLOOD, roundedUp);
	}

}
