package org.broadsheet.mail;

/**
 * How often a moderator hears about replies held for moderation.
 */
enum Frequency {

	/** One mail for each held reply. */
	EACH,

	/** One mail an hour at most, listing every reply held meanwhile. */
	DIGEST,

	/** No mail. */
	NONE

}
