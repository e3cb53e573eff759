package org.broadsheet.content;

/**
 * A story file that cannot be loaded, with the reason a newsroom can act on and the line
 * (1-based, 0 when unknown).
 */
class ContentException extends Exception {

	private final int line;

	ContentException(String reason, int line) {
		super(reason);
		this.line = line;
	}

	int line() {
		return this.line;
	}

}
