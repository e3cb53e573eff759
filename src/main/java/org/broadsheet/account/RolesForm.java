package org.broadsheet.account;

import java.util.Set;

/**
 * The roles a staff member should hold from now on.
 *
 * @param roles the ticked roles; none when nothing was ticked
 */
public record RolesForm(Set<Role> roles) {

	Set<Role> chosenRoles() {
		return (this.roles != null) ? this.roles : Set.of();
	}

}
