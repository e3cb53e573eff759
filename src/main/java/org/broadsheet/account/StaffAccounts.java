package org.broadsheet.account;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Manages staff accounts. Whatever happens, at least one enabled administrator remains.
 */
@Service
class StaffAccounts {

	private final UserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final SessionRevoker sessions;

	private final Clock clock;

	StaffAccounts(UserRepository users, PasswordEncoder passwordEncoder, SessionRevoker sessions, Clock clock) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.sessions = sessions;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<User> all() {
		return this.users.findAllByOrderByUsernameAsc();
	}

	@Transactional(readOnly = true)
	User get(long id) {
		return this.users.findById(id).orElseThrow(UserNotFoundException::new);
	}

	@Transactional
	User create(String username, String password, Collection<Role> roles) {
		String name = Usernames.normalize(username);
		if (this.users.existsByUsername(name)) {
			throw new UsernameTakenException();
		}
		return this.users
			.save(new User(name, this.passwordEncoder.encode(password), Set.copyOf(roles), this.clock.instant()));
	}

	@Transactional
	void changeRoles(long id, Collection<Role> roles) {
		User user = get(id);
		if (!roles.contains(Role.ADMIN)) {
			keepAnotherAdmin(user);
		}
		user.changeRoles(roles);
		this.sessions.revokeAll(user.getUsername());
	}

	@Transactional
	void disable(long id) {
		User user = get(id);
		keepAnotherAdmin(user);
		user.disable();
		this.sessions.revokeAll(user.getUsername());
	}

	@Transactional
	void enable(long id) {
		get(id).enable();
	}

	@Transactional
	void resetPassword(long id, String password) {
		User user = get(id);
		user.changePasswordHash(this.passwordEncoder.encode(password));
		this.sessions.revokeAll(user.getUsername());
	}

	private void keepAnotherAdmin(User user) {
		if (!user.isActiveAdmin()) {
			return;
		}
		boolean another = this.users.lockActiveAdmins()
			.stream()
			.anyMatch((admin) -> !admin.getId().equals(user.getId()));
		if (!another) {
			throw new LastAdminException();
		}
	}

}
