package org.broadsheet.moderation;

import org.broadsheet.reply.ReplyStatus;

/**
 * What became of one moderation action on one reply.
 *
 * @param replyId the reply
 * @param kind done, or why not
 * @param status its status now (after the action, or as found)
 * @param by who handled it first, for {@link Kind#ALREADY_HANDLED}
 */
record Outcome(long replyId, Kind kind, ReplyStatus status, String by) {

	enum Kind {

		DONE, ALREADY_HANDLED, NOT_ALLOWED, NOT_FOUND

	}

	static Outcome done(long replyId, ReplyStatus status) {
		return new Outcome(replyId, Kind.DONE, status, null);
	}

	static Outcome alreadyHandled(long replyId, ReplyStatus status, String by) {
		return new Outcome(replyId, Kind.ALREADY_HANDLED, status, by);
	}

	static Outcome notAllowed(long replyId, ReplyStatus status) {
		return new Outcome(replyId, Kind.NOT_ALLOWED, status, null);
	}

	static Outcome notFound(long replyId) {
		return new Outcome(replyId, Kind.NOT_FOUND, null, null);
	}

	boolean isDone() {
		return this.kind == Kind.DONE;
	}

}
