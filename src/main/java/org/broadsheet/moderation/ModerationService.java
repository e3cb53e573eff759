package org.broadsheet.moderation;

import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;

/**
 * Moderation decisions on single replies and on selections. Each reply changes in its own
 * transaction, so in a bulk action one conflict never undoes the others; when two
 * moderators act on one reply at once, one wins and the other learns who.
 */
@Service
class ModerationService {

	private final ReplyChanges changes;

	ModerationService(ReplyChanges changes) {
		this.changes = changes;
	}

	Outcome moderate(long replyId, long seenVersion, ModerationAction action, String moderator) {
		return attempt(replyId, seenVersion, action, moderator, null);
	}

	List<Outcome> moderateAll(List<SelectedReply> selection, ModerationAction action, String moderator) {
		List<Outcome> outcomes = new ArrayList<>();
		for (SelectedReply selected : selection) {
			outcomes.add(moderate(selected.id(), selected.version(), action, moderator));
		}
		return outcomes;
	}

	Outcome edit(long replyId, long seenVersion, String text, boolean approve, String moderator) {
		return attempt(replyId, seenVersion, approve ? ModerationAction.APPROVE : ModerationAction.EDIT, moderator,
				text);
	}

	private Outcome attempt(long replyId, long seenVersion, ModerationAction action, String moderator, String newText) {
		try {
			return this.changes.apply(replyId, seenVersion, action, moderator, newText);
		}
		catch (ConcurrencyFailureException ex) {
			return Outcome.alreadyHandled(replyId, null, this.changes.lastModerator(replyId));
		}
	}

}
