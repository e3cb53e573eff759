package org.broadsheet.mail;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A moderator's mail settings as submitted. Messages are keys in
 * {@code messages.properties}.
 *
 * @param email where moderation mail goes
 * @param frequency each held reply, an hourly digest, or none
 */
record ModeratorMailForm(
		@NotBlank(message = "{mail.settings.email.required}") @Size(max = 254,
				message = "{mail.settings.email.invalid}") @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
						message = "{mail.settings.email.invalid}") String email,
		@NotNull(message = "{mail.settings.frequency.required}") Frequency frequency) {

	ModeratorMailForm {
		email = (email != null) ? email.strip() : null;
	}

	static ModeratorMailForm of(ModeratorMail choice) {
		return new ModeratorMailForm(choice.getEmail(), choice.getFrequency());
	}

}
