package org.broadsheet.reply;

import java.time.Duration;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Rule 2: the same text by the same email on the same story is refused (409). A stored
 * reply decides for good; a post in progress claims its text in the database for the
 * claim window, so the same reply sent at once from several addresses, to one instance or
 * several, is stored exactly once.
 */
@Component
@Order(20)
class DuplicateRule implements ReplyRule {

	/** How long a text stays claimed after its post; the stored reply decides after. */
	static final Duration WINDOW = Duration.ofMinutes(10);

	private final ReplyStore replies;

	private final ReplyClaims claims;

	DuplicateRule(ReplyStore replies, ReplyClaims claims) {
		this.replies = replies;
		this.claims = claims;
	}

	@Override
	public Optional<Verdict> judge(Submission submission) {
		String bodyHash = ReplyAuthor.sha256(submission.text());
		String emailKey = ReplyAuthor.emailKey(submission.author().email());
		if (this.replies.isDuplicate(submission.articleId(), bodyHash, emailKey)) {
			return duplicate();
		}
		String key = ReplyAuthor.sha256(submission.articleId() + "\n" + emailKey + "\n" + bodyHash);
		if (this.claims.claim(ReplyClaims.Kind.DUPLICATE, key, submission.now(), submission.now().plus(WINDOW))
			.isPresent()) {
			return duplicate();
		}
		return Optional.empty();
	}

	private static Optional<Verdict> duplicate() {
		return Optional.of(new Verdict.Refuse(Verdict.Refusal.DUPLICATE, Duration.ZERO));
	}

}
