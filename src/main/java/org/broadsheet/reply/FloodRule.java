package org.broadsheet.reply;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Rule 3: a second reply from the same client address within the flood interval is
 * refused (429, with the seconds to wait). Posts racing from one address are decided by
 * an atomic claim on the address, so exactly one of them passes; the stored replies
 * decide for posts made earlier or by another instance.
 */
@Component
@Order(30)
class FloodRule implements ReplyRule {

	private final ReplyRepository replies;

	private final PostingGate gate;

	private final Duration interval;

	FloodRule(ReplyRepository replies, PostingGate gate, ReplyProperties properties) {
		this.replies = replies;
		this.gate = gate;
		this.interval = Duration.ofSeconds(properties.floodSeconds());
	}

	@Override
	public Optional<Verdict> judge(Submission submission) {
		if (this.interval.isZero() || this.interval.isNegative()) {
			return Optional.empty();
		}
		Instant now = submission.now();
		Instant latest = this.replies.findLatestFrom(submission.ipHash());
		if (latest != null && latest.plus(this.interval).isAfter(now)) {
			return refuse(now, latest.plus(this.interval));
		}
		String key = "ip:" + submission.ipHash();
		Instant until = now.plus(this.interval);
		Optional<Instant> held = this.gate.claim(key, now, until);
		if (held.isPresent()) {
			return refuse(now, held.get());
		}
		this.gate.releaseAfterTransaction(key, until, false);
		return Optional.empty();
	}

	private static Optional<Verdict> refuse(Instant now, Instant allowedAgain) {
		Duration wait = Duration.between(now, allowedAgain);
		Duration roundedUp = Duration.ofSeconds(wait.toSeconds() + ((wait.toNanosPart() > 0) ? 1 : 0));
		return Optional.of(new Verdict.Refuse(Verdict.Refusal.FLOOD, roundedUp));
	}

}
