package org.broadsheet.account;

/**
 * What a staff member may do. A user may hold several roles; ADMIN includes the others.
 */
public enum Role {

	/** Everything, including managing users. */
	ADMIN,
	/** Writes, reviews and publishes stories. */
	EDITOR,
	/** Works the reply queue. */
	MODERATOR,
	/** A reporter: writes drafts and submits them for review. */
	CONTRIBUTOR;

	/** The Spring Security authority for this role, {@code ROLE_ADMIN} and so on. */
	public String authority() {
		return "ROLE_" + name();
	}

}
