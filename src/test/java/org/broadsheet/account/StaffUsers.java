package org.broadsheet.account;

import java.time.Instant;
import java.util.Arrays;

import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Creates staff accounts for tests outside this package (browser tests).
 */
public final class StaffUsers {

	private StaffUsers() {
	}

	/** Creates the user with these roles unless it exists. */
	public static void ensure(ApplicationContext context, String username, String password, Role... roles) {
		UserRepository users = context.getBean(UserRepository.class);
		if (users.existsByUsername(username)) {
			return;
		}
		String hash = context.getBean(PasswordEncoder.class).encode(password);
		users.save(new User(username, hash, Arrays.asList(roles), Instant.now()));
	}

}
