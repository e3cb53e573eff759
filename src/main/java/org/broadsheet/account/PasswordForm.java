package org.broadsheet.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new password set by an administrator.
 *
 * @param password the new password
 */
public record PasswordForm(@NotBlank @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_BYTES) String password) {

	static PasswordForm empty() {
		return new PasswordForm("");
	}

}
