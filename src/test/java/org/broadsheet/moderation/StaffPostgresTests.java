package org.broadsheet.moderation;

import jakarta.servlet.http.Cookie;
import org.broadsheet.PostgresTest;
import org.broadsheet.account.Role;
import org.broadsheet.account.StaffUsers;
import org.broadsheet.article.Article;
import org.broadsheet.reply.Reply;
import org.broadsheet.reply.ReplyStatus;
import org.broadsheet.reply.ReplySteps;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The V3 and V4 migrations, sessions, lockout, the queue and the block list on a real
 * PostgreSQL.
 */
@PostgresTest
@AutoConfigureMockMvc
class StaffPostgresTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditEntryRepository audit;

	@Autowired
	Blocks blocks;

	MockHttpServletResponse signIn(String username, String password, String address) throws Exception {
		return StaffUsers.signIn(this.mvc, username, password, address);
	}

	@Test
	void moderatorSignsInWithASessionStoredInPostgresAndApprovesAReply() throws Exception {
		StaffUsers.ensure(this.context, "pg-moderator", "pg moderator password", Role.MODERATOR);
		ReplySteps steps = ReplySteps.of(this.context);
		Article story = steps.publicStory();
		Reply reply = steps.pendingReply(story, "Reader", "hello");

		MockHttpServletResponse signedIn = signIn("pg-moderator", "pg moderator password", "192.0.2.50");
		assertThat(signedIn.getRedirectedUrl()).isEqualTo("/moderation");
		Cookie session = signedIn.getCookie("SESSION");
		assertThat(this.jdbc.queryForObject("select count(*) from spring_session where principal_name = 'pg-moderator'",
				Integer.class))
			.isPositive();

		this.mvc.perform(get("/moderation").cookie(session)).andExpect(status().isOk());
		this.mvc
			.perform(post("/moderation/replies/{id}/approve", reply.getId()).param("version", "0")
				.cookie(session)
				.with(csrf()))
			.andExpect(status().isFound());
		assertThat(steps.stored(reply.getId()).getStatus()).isEqualTo(ReplyStatus.APPROVED);
		assertThat(this.audit.findFirstByReplyIdOrderByIdDesc(reply.getId()).orElseThrow().getModerator())
			.isEqualTo("pg-moderator");

		assertThat(this.blocks.block(reply.getId(), true, true, "pg-moderator")).isEqualTo(2);
		assertThat(this.blocks.block(reply.getId(), true, true, "pg-moderator")).isZero();
	}

	@Test
	void lockoutIsCountedInPostgres() throws Exception {
		StaffUsers.ensure(this.context, "pg-editor", "pg editor password", Role.EDITOR);
		for (int i = 0; i < 4; i++) {
			assertThat(signIn("pg-editor", "wrong", "192.0.2.51").getRedirectedUrl()).isEqualTo("/login?error");
		}
		assertThat(signIn("pg-editor", "wrong", "192.0.2.51").getRedirectedUrl()).isEqualTo("/login?locked");
		assertThat(signIn("pg-editor", "pg editor password", "192.0.2.52").getRedirectedUrl()).isEqualTo("/admin");
	}

}
