package org.broadsheet.account;

import java.nio.charset.StandardCharsets;

/**
 * Password rules shared by the bootstrap and the user forms.
 */
final class Passwords {

	static final int MIN_LENGTH = 12;

	/** bcrypt reads at most 72 bytes; Spring Security refuses longer passwords. */
	static final int MAX_BYTES = 72;

	private Passwords() {
	}

	static boolean fitsTheEncoder(String password) {
		return password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
	}

}
