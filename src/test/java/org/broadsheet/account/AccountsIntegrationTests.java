package org.broadsheet.account;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Signing in against the real database: the first admin, lockout, sessions in JDBC.
 */
@SpringBootTest(properties = "broadsheet.admin-password=" + AccountsIntegrationTests.ADMIN_PASSWORD)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AccountsIntegrationTests {

	static final String ADMIN_PASSWORD = "correct horse battery";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	MockHttpServletResponse signIn(String username, String password, String address) throws Exception {
		return StaffUsers.signIn(this.mvc, username, password, address);
	}

	@Test
	void firstAdminSignsInWithThePasswordFromTheSetting() throws Exception {
		MockHttpServletResponse response = signIn("admin", ADMIN_PASSWORD, "192.0.2.1");
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).isEqualTo("/admin");
		assertThat(response.getCookie("SESSION")).isNotNull();
		assertThat(this.jdbc.queryForObject("select count(*) from spring_session where principal_name = 'admin'",
				Integer.class))
			.isPositive();
	}

	@Test
	void wrongPasswordReturnsToTheFormWithAnError() throws Exception {
		MockHttpServletResponse response = signIn("admin", "not the password", "192.0.2.2");
		assertThat(response.getRedirectedUrl()).isEqualTo("/login?error");
		this.mvc.perform(get("/login?error"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Wrong username or password.")));
	}

	@Test
	void fiveFailuresLockThatPairButTheRealAdminElsewhereSignsIn() throws Exception {
		for (int i = 0; i < 4; i++) {
			assertThat(signIn("admin", "guess" + i, "192.0.2.3").getRedirectedUrl()).isEqualTo("/login?error");
		}
		assertThat(signIn("admin", "guess4", "192.0.2.3").getRedirectedUrl()).isEqualTo("/login?locked");
		assertThat(signIn("admin", ADMIN_PASSWORD, "192.0.2.3").getRedirectedUrl()).isEqualTo("/login?locked");
		assertThat(signIn("admin", ADMIN_PASSWORD, "198.51.100.3").getRedirectedUrl()).isEqualTo("/admin");
		this.mvc.perform(get("/login?locked"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Try again in 15 minutes")));
	}

	@Test
	void fiftyFailuresFromOneAddressBlockEverySignInFromIt() throws Exception {
		for (int i = 0; i < 49; i++) {
			signIn("someone" + i, "guess", "192.0.2.4");
		}
		assertThat(signIn("someone49", "guess", "192.0.2.4").getRedirectedUrl()).isEqualTo("/login?blocked");
		assertThat(signIn("admin", ADMIN_PASSWORD, "192.0.2.4").getRedirectedUrl()).isEqualTo("/login?blocked");
		assertThat(signIn("admin", ADMIN_PASSWORD, "198.51.100.4").getRedirectedUrl()).isEqualTo("/admin");
	}

	@Test
	void anonymousStaffPagesRedirectToTheSignInPage() throws Exception {
		this.mvc.perform(get("/admin/users")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/moderation")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void staffPagesAreNeverStored() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
	}

	@Test
	void signInPageHasTheCsrfFieldAndNoPasswordValue() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"_csrf\"")));
	}

	@Test
	void signOutIsAPostThatEndsTheSession() throws Exception {
		Cookie session = signIn("admin", ADMIN_PASSWORD, "192.0.2.5").getCookie("SESSION");
		this.mvc.perform(get("/admin/users").cookie(session)).andExpect(status().isOk());
		this.mvc.perform(post("/logout").cookie(session).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login?logout"));
		this.mvc.perform(get("/admin/users").cookie(session)).andExpect(status().isFound());
	}

}
