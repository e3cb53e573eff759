package org.broadsheet.account;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Role names as ticked in a form: unknown names are an error, not a crash.
 */
final class RoleNames {

	private RoleNames() {
	}

	static boolean allKnown(Collection<String> names) {
		return names == null || names.stream().allMatch(RoleNames::isKnown);
	}

	static Set<Role> toRoles(Collection<String> names) {
		if (names == null) {
			return EnumSet.noneOf(Role.class);
		}
		return names.stream()
			.filter(RoleNames::isKnown)
			.map(Role::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
	}

	static Set<String> toNames(Collection<Role> roles) {
		return roles.stream().map(Role::name).collect(Collectors.toSet());
	}

	private static boolean isKnown(String name) {
		return Arrays.stream(Role.values()).anyMatch((role) -> role.name().equals(name));
	}

}
