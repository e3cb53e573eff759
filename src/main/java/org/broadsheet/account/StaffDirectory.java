package org.broadsheet.account;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works the reply queue: enabled accounts holding MODERATOR or ADMIN (which includes
 * it). Other features ask here instead of reading accounts themselves.
 */
@Service
public class StaffDirectory {

	private final UserRepository users;

	StaffDirectory(UserRepository users) {
		this.users = users;
	}

	/** The usernames of enabled staff who may moderate replies. */
	@Transactional(readOnly = true)
	public Set<String> activeModerators() {
		return this.users.findAllByOrderByUsernameAsc()
			.stream()
			.filter((user) -> user.isEnabled()
					&& (user.getRoles().contains(Role.MODERATOR) || user.getRoles().contains(Role.ADMIN)))
			.map(User::getUsername)
			.collect(Collectors.toSet());
	}

}
