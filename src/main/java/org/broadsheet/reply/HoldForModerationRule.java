package org.broadsheet.reply;

import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Rule 5: a moderation word in any field, or too many links in the text, holds the reply
 * for a moderator with the reason.
 */
@Component
@Order(50)
class HoldForModerationRule implements ReplyRule {

	private final WordList words;

	private final int linksToHold;

	HoldForModerationRule(ReplyProperties properties) {
		this.words = new WordList(properties.moderationWords());
		this.linksToHold = properties.linksToHold();
	}

	@Override
	public Optional<Verdict> judge(Submission submission) {
		Optional<String> word = this.words.findIn(submission.allFields());
		if (word.isPresent()) {
			return Optional.of(Verdict.store(ReplyStatus.PENDING, "moderation-words",
					"contains the moderated word \"" + word.get() + "\""));
		}
		int links = ReplyText.countLinks(submission.text());
		if (this.linksToHold > 0 && links >= this.linksToHold) {
			return Optional.of(Verdict.store(ReplyStatus.PENDING, "links", "contains " + links + " links"));
		}
		return Optional.empty();
	}

}
