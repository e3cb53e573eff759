package org.broadsheet.reply;

import java.time.Duration;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Rule 1: a filled honeypot field or a form posted faster than a person can type is spam,
 * silently (the poster sees the usual "awaiting moderation" view).
 */
@Component
@Order(10)
class HoneypotRule implements ReplyRule {

	private final Duration minimum;

	HoneypotRule(ReplyProperties properties) {
		this.minimum = Duration.ofSeconds(properties.minSeconds());
	}

	@Override
	public Optional<Verdict> judge(Submission submission) {
		if (submission.honeypot() != null && !submission.honeypot().isEmpty()) {
			return Optional.of(Verdict.store(ReplyStatus.SPAM, "honeypot", "the hidden field was filled"));
		}
		if (submission.sinceRendered().compareTo(this.minimum) < 0) {
			return Optional.of(Verdict.store(ReplyStatus.SPAM, "too-fast",
					"posted " + submission.sinceRendered().toMillis() + " ms after the form was shown"));
		}
		return Optional.empty();
	}

}
