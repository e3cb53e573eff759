package org.broadsheet.account;

import java.util.Set;

/**
 * The roles a staff member should hold from now on.
 *
 * @param roles the ticked roles; none when nothing was ticked
 */
public record RolesForm(Set<String> roles) {

	static RolesForm of(Set<Role> roles) {
		return new RolesForm(RoleNames.toNames(roles));
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
