package org.broadsheet.content;

/**
 * A story's slug belongs to another story whose file still exists; the first holder keeps
 * it.
 */
class SlugTakenException extends RuntimeException {

	private final int line;

	SlugTakenException(String message, int line) {
		super(message);
		this.line = line;
	}

	int line() {
		return this.line;
	}

}
