package org.broadsheet.mail;

/**
 * The kinds of things mail tells, each with its own template and batching.
 */
enum NoticeKind {

	/** Please confirm your address (double opt-in): sent at once, one per notice. */
	CONFIRM,

	/** A reply waits for moderation, to a moderator who chose "each": sent at once. */
	HELD,

	/** A reply waits, for a moderator's hourly digest: grouped. */
	HELD_DIGEST,

	/** An approved reply answers the reader's (or is new on their story): grouped. */
	FOLLOW_UP;

	/** The template under {@code templates/mail/}. */
	String template() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	boolean toReader() {
		return this == CONFIRM || this == FOLLOW_UP;
	}

}
