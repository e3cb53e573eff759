package org.broadsheet.editorial;

/**
 * The buttons of the story editor.
 */
enum EditAction {

	/** Keep as (or turn into) a draft. */
	DRAFT,
	/** A contributor's draft goes to the editors. */
	SUBMIT,
	/** Save without changing the status. */
	UPDATE,
	/** Public now. */
	PUBLISH,
	/** Public by itself at the chosen future date. */
	SCHEDULE,
	/** Show the page as readers would see it, saving nothing. */
	PREVIEW;

	boolean allowedFor(Staff staff) {
		return staff.editor() || this == DRAFT || this == SUBMIT || this == PREVIEW;
	}

}
