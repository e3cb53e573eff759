package org.broadsheet.reply;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Rule 2: the same text by the same email on the same story is refused (409). While a
 * post's transaction runs it holds a claim on its text, so the same reply sent twice at
 * once (from two addresses) is stored once.
 */
@Component
@Order(20)
class DuplicateRule implements ReplyRule {

	private final ReplyRepository replies;

	private final PostingGate gate;

	DuplicateRule(ReplyRepository replies, PostingGate gate) {
		this.replies = replies;
		this.gate = gate;
	}

	@Override
	public Optional<Verdict> judge(Submission submission) {
		String bodyHash = ReplyAuthor.sha256(submission.text());
		String emailKey = ReplyAuthor.emailKey(submission.author().email());
		if (this.replies.existsDuplicate(submission.articleId(), bodyHash, emailKey)) {
			return duplicate();
		}
		String key = "text:" + submission.articleId() + ":" + emailKey + ":" + bodyHash;
		Instant until = submission.now().plus(Duration.ofMinutes(1));
		if (this.gate.claim(key, submission.now(), until).isPresent()) {
			return duplicate();
		}
		this.gate.releaseAfterTransaction(key, until, true);
		return Optional.empty();
	}

	private static Optional<Verdict> duplicate() {
		return Optional.of(new Verdict.Refuse(Verdict.Refusal.DUPLICATE, Duration.ZERO));
	}

}
