package org.broadsheet.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * The first administrator's password, {@code broadsheet.admin-password}
 * ({@code BROADSHEET_ADMIN_PASSWORD}), used by {@link FirstAdminBootstrap} only while no
 * user exists. Unset or blank, a random one is generated and logged once. bcrypt reads at
 * most 72 bytes, so a longer password stops start-up; the check is made here rather than
 * with Bean Validation, whose start-up report would print the refused password.
 *
 * @param adminPassword the first administrator's password, used only while no user
 * exists; at most 72 bytes; unset, a random one is generated and logged once
 */
@ConfigurationProperties("broadsheet")
record FirstAdminProperties(String adminPassword) {

	FirstAdminProperties {
		adminPassword = StringUtils.hasText(adminPassword) ? adminPassword : null;
		if (adminPassword != null && !Passwords.fitsTheEncoder(adminPassword)) {
			throw new IllegalArgumentException("BROADSHEET_ADMIN_PASSWORD is longer than " + Passwords.MAX_BYTES
					+ " bytes; choose a shorter one (broadsheet.admin-password)");
		}
	}

	@Override
	public String toString() {
		return "FirstAdminProperties[adminPassword=" + ((this.adminPassword != null) ? "(set)" : "(unset)") + "]";
	}

}
