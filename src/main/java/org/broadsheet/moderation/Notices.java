package org.broadsheet.moderation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns outcomes into the sentences shown after an action.
 */
@Component
class Notices {

	private final MessageSource messages;

	Notices(MessageSource messages) {
		this.messages = messages;
	}

	List<String> of(List<Outcome> outcomes) {
		List<String> notices = new ArrayList<>();
		long done = outcomes.stream().filter(Outcome::isDone).count();
		if (outcomes.size() > 1 || done == 0) {
			notices.add(text("moderation.outcome.summary", done, outcomes.size()));
		}
		for (Outcome outcome : outcomes) {
			if (!outcome.isDone() || outcomes.size() == 1) {
				notices.add(of(outcome));
			}
		}
		return notices;
	}

	String of(Outcome outcome) {
		String status = (outcome.status() != null) ? text("moderation.status." + outcome.status()) : "";
		return switch (outcome.kind()) {
			case DONE ->
				(outcome.status() != null) ? text("moderation.outcome.done", String.valueOf(outcome.replyId()), status)
						: text("moderation.outcome.deleted", String.valueOf(outcome.replyId()));
			case ALREADY_HANDLED -> text("moderation.outcome.already-handled", String.valueOf(outcome.replyId()),
					(outcome.by() != null) ? outcome.by() : text("moderation.someone-else"));
			case NOT_ALLOWED -> text("moderation.outcome.not-allowed", String.valueOf(outcome.replyId()), status);
			case NOT_FOUND -> text("moderation.outcome.not-found", String.valueOf(outcome.replyId()));
		};
	}

	String text(String key, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(key, args, key, locale);
	}

}
