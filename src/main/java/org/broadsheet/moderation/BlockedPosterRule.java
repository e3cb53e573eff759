package org.broadsheet.moderation;

import java.util.Optional;

import org.broadsheet.reply.ReplyRule;
import org.broadsheet.reply.ReplyStatus;
import org.broadsheet.reply.Submission;
import org.broadsheet.reply.Verdict;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A reply from a blocked email address or client address goes straight to spam with the
 * reason "blocked". Runs before every other rule.
 */
@Component
@Order(5)
class BlockedPosterRule implements ReplyRule {

	static final String NAME = "blocked";

	private final BlockList blocked;

	BlockedPosterRule(BlockList blocked) {
		this.blocked = blocked;
	}

	@Override
	public Optional<Verdict> judge(Submission submission) {
		boolean byEmail = submission.author().email() != null && this.blocked.contains(BlockedPoster.Kind.EMAIL,
				BlockedPoster.emailHash(submission.author().email()));
		boolean byAddress = !byEmail && submission.ipHash() != null && !submission.ipHash().isEmpty()
				&& this.blocked.contains(BlockedPoster.Kind.ADDRESS, submission.ipHash());
		if (byEmail || byAddress) {
			return Optional.of(Verdict.store(ReplyStatus.SPAM, NAME, NAME));
		}
		return Optional.empty();
	}

}
