package org.broadsheet.reply;

import org.springframework.modulith.NamedInterface;

/**
 * Where a reply stands: only {@link #APPROVED} replies are public.
 */
@NamedInterface("api")
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
