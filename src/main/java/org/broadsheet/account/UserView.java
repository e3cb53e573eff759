package org.broadsheet.account;

import java.time.Instant;
import java.util.Set;

/**
 * A staff account as the user pages show it (never the password hash).
 *
 * @param id the account id
 * @param username the username
 * @param enabled may sign in
 * @param roles the roles held
 * @param createdAt when it was created
 */
public record UserView(long id, String username, boolean enabled, Set<Role> roles, Instant createdAt) {

	static UserView of(User user) {
		return new UserView(user.getId(), user.getUsername(), user.isEnabled(), user.getRoles(), user.getCreatedAt());
	}

	public boolean holds(Role role) {
		return this.roles.contains(role);
	}

}
