package org.broadsheet.reply;

/**
 * Where a reply stands: only {@link #APPROVED} replies are public.
 */
public enum ReplyStatus {

	/** Waiting for a moderator. */
	PENDING,

	/** Public under its story. */
	APPROVED,

	/** Judged to be spam, by a rule or a moderator. */
	SPAM,

	/** Thrown away by a moderator; purged later. */
	TRASH

}
