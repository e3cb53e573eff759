package org.broadsheet.editorial;

/**
 * Someone saved the story (or its file changed) after this editor opened it.
 */
class StaleStoryException extends RuntimeException {

	private final Long articleId;

	private final long version;

	private final String hash;

	private final String theirs;

	StaleStoryException(Long articleId, long version, String hash, String theirs) {
		super("the story changed since it was opened");
		this.articleId = articleId;
		this.version = version;
		this.hash = hash;
		this.theirs = theirs;
	}

	/** The story, {@code null} for a new one. */
	Long articleId() {
		return this.articleId;
	}

	long version() {
		return this.version;
	}

	String hash() {
		return this.hash;
	}

	String theirs() {
		return this.theirs;
	}

}
