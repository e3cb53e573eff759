package org.broadsheet.reply;

/**
 * What became of a posted reply.
 */
sealed interface PostOutcome {

	/**
	 * Stored with this status (the poster sees it only if it is approved or their own).
	 */
	record Posted(long replyId, ReplyStatus status) implements PostOutcome {
	}

	/** Refused by a rule; nothing stored. */
	record Refused(Verdict.Refuse refusal) implements PostOutcome {
	}

	/**
	 * The reply answered is not an approved reply of this story, or is nested too deep.
	 */
	record ParentRefused() implements PostOutcome {
	}

}
