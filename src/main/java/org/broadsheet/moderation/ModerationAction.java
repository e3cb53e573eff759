package org.broadsheet.moderation;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.broadsheet.reply.ReplyStatus;

/**
 * What a moderator can do to a reply, from which statuses, and where it leaves it.
 */
public enum ModerationAction {

	APPROVE(ReplyStatus.APPROVED, ReplyStatus.PENDING, ReplyStatus.SPAM),

	UNAPPROVE(ReplyStatus.PENDING, ReplyStatus.APPROVED),

	SPAM(ReplyStatus.SPAM, ReplyStatus.PENDING, ReplyStatus.APPROVED),

	TRASH(ReplyStatus.TRASH, ReplyStatus.PENDING, ReplyStatus.APPROVED, ReplyStatus.SPAM),

	RESTORE(ReplyStatus.PENDING, ReplyStatus.TRASH, ReplyStatus.SPAM),

	/** Delete permanently: only from the trash. */
	DELETE(null, ReplyStatus.TRASH),

	/** Change the text (status unchanged). */
	EDIT(null, ReplyStatus.PENDING, ReplyStatus.APPROVED, ReplyStatus.SPAM),

	/** A staff member answered the reply from the queue. */
	STAFF_REPLY(null, ReplyStatus.APPROVED),

	BLOCK(null, ReplyStatus.values()),

	UNBLOCK(null),

	ERASE(ReplyStatus.TRASH, ReplyStatus.values()),

	/** The scheduled job deleted old trash. */
	PURGE(null, ReplyStatus.TRASH);

	/** The actions offered as buttons in the queue (single and bulk). */
	public static final Set<ModerationAction> QUEUE_ACTIONS = EnumSet.of(APPROVE, UNAPPROVE, SPAM, TRASH, RESTORE,
			DELETE);

	private final ReplyStatus target;

	private final Set<ReplyStatus> from;

	ModerationAction(ReplyStatus target, ReplyStatus... from) {
		this.target = target;
		this.from = (from.length == 0) ? EnumSet.noneOf(ReplyStatus.class) : EnumSet.of(from[0], from);
	}

	/** The status the reply ends in, or {@code null} when unchanged or deleted. */
	public ReplyStatus target() {
		return this.target;
	}

	public boolean appliesTo(ReplyStatus status) {
		return this.from.contains(status);
	}

	/** The lower-case name used in URLs and forms. */
	public String slug() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** A queue action named in a URL or form; anything else is empty. */
	static Optional<ModerationAction> ofQueueSlug(String slug) {
		return QUEUE_ACTIONS.stream().filter((action) -> action.slug().equals(slug)).findFirst();
	}

}
