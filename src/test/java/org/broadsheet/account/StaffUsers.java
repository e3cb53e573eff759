package org.broadsheet.account;

import java.time.Instant;
import java.util.Arrays;

import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Creates staff accounts and signs them in, for tests in this package and outside it
 * (moderation, browser tests).
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

	/** Posts the sign-in form from this client address; answers the response. */
	public static MockHttpServletResponse signIn(MockMvc mvc, String username, String password, String address)
			throws Exception {
		return mvc.perform(
				post("/login").param("username", username).param("password", password).with(csrf()).with((request) -> {
					request.setRemoteAddr(address);
					return request;
				}))
			.andReturn()
			.getResponse();
	}

}
