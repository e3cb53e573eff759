package org.broadsheet.account;

import java.util.EnumSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest(properties = "broadsheet.admin-password=" + UserAdminTests.ADMIN_PASSWORD)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@WithMockUser(username = "admin", roles = "ADMIN")
class UserAdminTests {

	static final String ADMIN_PASSWORD = "first admin password";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserRepository users;

	User admin;

	@BeforeEach
	void onlyTheFirstAdminExists() {
		this.users.findAll().stream().filter((user) -> !user.getUsername().equals("admin")).forEach(this.users::delete);
		this.admin = this.users.findByUsername("admin").orElseThrow();
		this.admin.enable();
		this.admin.changeRoles(EnumSet.of(Role.ADMIN));
		this.admin = this.users.save(this.admin);
	}

	@Test
	void listShowsEveryUserWithRoles() throws Exception {
		this.mvc.perform(get("/admin/users"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">admin</a>")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
	}

	@Test
	void adminCreatesAUserWithSeveralRoles() throws Exception {
		this.mvc
			.perform(post("/admin/users").param("username", "Alice")
				.param("password", "a long enough secret")
				.param("roles", "EDITOR", "MODERATOR")
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/users"));
		User alice = this.users.findByUsername("alice").orElseThrow();
		assertThat(alice.getRoles()).containsExactlyInAnyOrder(Role.EDITOR, Role.MODERATOR);
		assertThat(alice.getPasswordHash()).startsWith("{bcrypt}");
	}

	@Test
	void takenUsernameShortPasswordAndUnknownRoleAreFormErrors() throws Exception {
		this.mvc.perform(
				post("/admin/users").param("username", "ADMIN").param("password", "a long enough secret").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This username is taken.")));
		this.mvc.perform(post("/admin/users").param("username", "bob").param("password", "short").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		this.mvc
			.perform(post("/admin/users").param("username", "carol")
				.param("password", "a long enough secret")
				.param("roles", "OVERLORD")
				.with(csrf()))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/admin/users").param("username", "dan<script>")
				.param("password", "a long enough secret")
				.with(csrf()))
			.andExpect(status().isOk());
		assertThat(this.users.count()).isEqualTo(1);
	}

	@Test
	void lastEnabledAdminCannotBeDisabled() throws Exception {
		this.mvc.perform(post("/admin/users/{id}/disable", this.admin.getId()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("last enabled administrator")));
		assertThat(this.users.findByUsername("admin").orElseThrow().isEnabled()).isTrue();
	}

	@Test
	void lastEnabledAdminCannotLoseTheAdminRole() throws Exception {
		this.mvc.perform(post("/admin/users/{id}/roles", this.admin.getId()).param("roles", "EDITOR").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("last enabled administrator")));
		assertThat(this.users.findByUsername("admin").orElseThrow().getRoles()).contains(Role.ADMIN);
	}

	@Test
	void anAdminMayBeDemotedWhileAnotherEnabledAdminRemains() throws Exception {
		this.mvc
			.perform(post("/admin/users").param("username", "second")
				.param("password", "a long enough secret")
				.param("roles", "ADMIN")
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/users"));
		this.mvc.perform(post("/admin/users/{id}/roles", this.admin.getId()).with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + this.admin.getId()));
		assertThat(this.users.findByUsername("admin").orElseThrow().getRoles()).isEmpty();
		User second = this.users.findByUsername("second").orElseThrow();
		this.mvc.perform(post("/admin/users/{id}/disable", second.getId()).with(csrf()))
			.andExpect(content().string(containsString("last enabled administrator")));
	}

	@Test
	void disabledUserCannotSignInAndEnabledAgainCan() throws Exception {
		this.mvc
			.perform(post("/admin/users").param("username", "erin")
				.param("password", "a long enough secret")
				.param("roles", "MODERATOR")
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/users"));
		long id = this.users.findByUsername("erin").orElseThrow().getId();
		this.mvc.perform(post("/admin/users/{id}/disable", id).with(csrf())).andExpect(status().isFound());
		this.mvc
			.perform(post("/login").param("username", "erin").param("password", "a long enough secret").with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(post("/admin/users/{id}/enable", id).with(csrf())).andExpect(status().isFound());
		this.mvc
			.perform(post("/login").param("username", "erin").param("password", "a long enough secret").with(csrf()))
			.andExpect(redirectedUrl("/moderation"));
	}

	@Test
	void passwordResetReplacesTheOldPassword() throws Exception {
		this.mvc.perform(post("/admin/users/{id}/password", this.admin.getId()).param("password", "tiny").with(csrf()))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/admin/users/{id}/password", this.admin.getId()).param("password", "the new admin password")
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + this.admin.getId()));
		this.mvc.perform(post("/login").param("username", "admin")
			.param("password", "the new admin password")
			.with(csrf())
			.with((request) -> {
				request.setRemoteAddr("192.0.2.77");
				return request;
			})).andExpect(redirectedUrl("/admin"));
	}

	@Test
	void unknownOrMalformedUserIdsAreNotFoundOrBadRequest() throws Exception {
		this.mvc.perform(get("/admin/users/999999")).andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/users/999999/disable").with(csrf())).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/users/abc")).andExpect(status().isBadRequest());
	}

	@Test
	@WithMockUser(username = "ed", roles = "EDITOR")
	void editorCannotManageUsers() throws Exception {
		this.mvc.perform(get("/admin/users")).andExpect(status().isForbidden());
	}

}
