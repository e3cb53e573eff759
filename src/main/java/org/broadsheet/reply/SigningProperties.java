package org.broadsheet.reply;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The site's signing secret, {@code broadsheet.secret} ({@code BROADSHEET_SECRET}), read
 * by {@link SigningKey}. Unset or blank, a random secret is made at the first start and
 * kept in the database. Every page carries tokens signed with it, so a short secret could
 * be guessed from them: one under 16 characters stops start-up. The check is made here
 * rather than with Bean Validation, whose start-up report would print the refused value.
 *
 * @param secret signs form tokens and cookies and salts stored hashes; at least 16
 * characters; unset, one is generated and kept in the database
 */
@ConfigurationProperties("broadsheet")
record SigningProperties(String secret) {

	static final int MIN_LENGTH = 16;

	SigningProperties {
		secret = (secret == null || secret.isBlank()) ? null : secret;
		if (secret != null && secret.length() < MIN_LENGTH) {
			throw new IllegalArgumentException(
					"broadsheet.secret (BROADSHEET_SECRET) must be at least " + MIN_LENGTH + " characters");
		}
	}

	@Override
	public String toString() {
		return "SigningProperties[secret=" + ((this.secret != null) ? "(set)" : "(unset)") + "]";
	}

}
