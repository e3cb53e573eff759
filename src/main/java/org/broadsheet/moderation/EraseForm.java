package org.broadsheet.moderation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The email address of a reader asking for their data.
 *
 * @param email the address as they gave it
 */
public record EraseForm(@NotBlank @Email @Size(max = 100) String email) {

	static EraseForm empty() {
		return new EraseForm("");
	}

}
