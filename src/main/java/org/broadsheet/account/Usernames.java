package org.broadsheet.account;

import java.util.Locale;

/**
 * Usernames are case-insensitive: stored and looked up in lower case, without surrounding
 * blanks.
 */
final class Usernames {

	private Usernames() {
	}

	static String normalize(String username) {
		return (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
	}

}
