package org.broadsheet.mail;

import java.util.Locale;

/**
 * An address mail goes to, as given, and its key: trimmed and lower-cased, so one reader
 * typing capitals once is still one reader.
 *
 * @param email the address as given
 */
record Recipient(String email) {

	Recipient {
		email = email.strip();
	}

	String key() {
		return this.email.toLowerCase(Locale.ROOT);
	}

}
