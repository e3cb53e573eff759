package org.broadsheet.reply;

import java.time.Duration;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Rule 2: the same text by the same email on the same story is refused (409).
 */
@Component
@Order(20)
class DuplicateRule implements ReplyRule {

	private final ReplyRepository replies;

	DuplicateRule(ReplyRepository replies) {
		this.replies = replies;
	}

	@Override
	public Optional<Verdict> judge(Submission submission) {
		boolean duplicate = this.replies.existsDuplicate(submission.articleId(), ReplyAuthor.sha256(submission.text()),
				ReplyAuthor.emailKey(submission.author().email()));
		return duplicate ? Optional.of(new Verdict.Refuse(Verdict.Refusal.DUPLICATE, Duration.ZERO)) : Optional.empty();
	}

}
