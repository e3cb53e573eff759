package org.broadsheet.reply;

import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Rule 4: a disallowed word in any field makes the reply spam.
 */
@Component
@Order(40)
class DisallowedWordsRule implements ReplyRule {

	private final WordList words;

	DisallowedWordsRule(ReplyProperties properties) {
		this.words = new WordList(properties.disallowedWords());
	}

	@Override
	public Optional<Verdict> judge(Submission submission) {
		return this.words.findIn(submission.allFields())
			.map((word) -> Verdict.store(ReplyStatus.SPAM, "disallowed-words",
					"contains the disallowed word \"" + word + "\""));
	}

}
