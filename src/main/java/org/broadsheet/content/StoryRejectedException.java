package org.broadsheet.content;

/**
 * A story from the admin that cannot be stored: its front matter is invalid or its slug
 * belongs to another story. Nothing was written.
 */
public class StoryRejectedException extends RuntimeException {

	private final boolean slugTaken;

	StoryRejectedException(String reason, boolean slugTaken) {
		super(reason);
		this.slugTaken = slugTaken;
	}

	public boolean slugTaken() {
		return this.slugTaken;
	}

}
