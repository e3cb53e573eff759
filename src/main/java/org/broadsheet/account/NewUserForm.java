package org.broadsheet.account;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new staff account as typed in {@code /admin/users}.
 *
 * @param username letters, digits, dots, dashes and underscores
 * @param password the first password
 * @param roles the roles it holds (may be none)
 */
public record NewUserForm(@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._-]*") String username,
		@NotBlank @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_BYTES) String password, Set<String> roles) {

	static NewUserForm empty() {
		return new NewUserForm("", "", Set.of());
	}

	Set<Role> chosenRoles() {
		return RoleNames.toRoles(this.roles);
	}

	boolean rolesKnown() {
		return RoleNames.allKnown(this.roles);
	}

	public boolean holds(Role role) {
		return this.roles != null && this.roles.contains(role.name());
	}

}
