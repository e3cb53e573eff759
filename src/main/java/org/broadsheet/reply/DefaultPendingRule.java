package org.broadsheet.reply;

import java.util.Optional;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Rule 7: everything else waits for a moderator.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class DefaultPendingRule implements ReplyRule {

	@Override
	public Optional<Verdict> judge(Submission submission) {
		return Optional.of(Verdict.store(ReplyStatus.PENDING, "default", "new reply"));
	}

}
