package org.broadsheet.reply;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Rule 3: a second reply from the same client address within the flood interval is
 * refused (429, with the seconds to wait).
 */
@Component
@Order(30)
class FloodRule implements ReplyRule {

	private final ReplyRepository replies;

	private final Duration interval;

	FloodRule(ReplyRepository replies, ReplyProperties properties) {
		this.replies = replies;
		this.interval = Duration.ofSeconds(properties.floodSeconds());
	}

	@Override
	public Optional<Verdict> judge(Submission submission) {
		if (this.interval.isZero() || this.interval.isNegative()) {
			return Optional.empty();
		}
		Instant latest = this.replies.findLatestFrom(submission.ipHash());
		if (latest == null) {
			return Optional.empty();
		}
		Duration wait = Duration.between(submission.now(), latest.plus(this.interval));
		if (wait.isNegative() || wait.isZero()) {
			return Optional.empty();
		}
		Duration roundedUp = Duration.ofSeconds(wait.toSeconds() + ((wait.toNanosPart() > 0) ? 1 : 0));
		return Optional.of(new Verdict.Refuse(Verdict.Refusal.FLOOD, roundedUp));
	}

}
