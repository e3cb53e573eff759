package org.broadsheet.reply;

import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Rule 6: a poster whose name and email already have an approved reply is trusted
 * (WordPress's "comment author must have a previously approved comment"); switchable off.
 */
@Component
@Order(60)
class PreviouslyApprovedRule implements ReplyRule {

	private final ApprovedAuthors authors;

	private final boolean enabled;

	PreviouslyApprovedRule(ApprovedAuthors authors, ReplyProperties properties) {
		this.authors = authors;
		this.enabled = properties.previouslyApprovedTrusted();
	}

	@Override
	public Optional<Verdict> judge(Submission submission) {
		if (this.enabled && this.authors.includes(submission.author().name(),
				ReplyAuthor.emailKey(submission.author().email()))) {
			return Optional.of(Verdict.store(ReplyStatus.APPROVED, "previously-approved",
					"the same name and email have an approved reply"));
		}
		return Optional.empty();
	}

}
