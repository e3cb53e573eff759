package org.broadsheet.editorial;

/**
 * A saved story refused for a reason the editor can fix in the form.
 */
class EditorProblem extends RuntimeException {

	private final String field;

	private final String code;

	EditorProblem(String field, String code) {
		super(code);
		this.field = field;
		this.code = code;
	}

	String field() {
		return this.field;
	}

	String code() {
		return this.code;
	}

}
