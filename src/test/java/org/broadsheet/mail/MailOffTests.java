package org.broadsheet.mail;

import java.util.UUID;

import org.broadsheet.article.Article;
import org.broadsheet.reply.ReaderReplies;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Without an SMTP host the portal runs as before: no box on the reply form, nothing
 * recorded for mail, and moderators are told mail is off.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MailOffTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theReplyFormHasNoNotifyBox() throws Exception {
		Article story = ReaderReplies.publicStory(this.context);
		this.mvc.perform(get("/articles/{slug}", story.getSlug()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reply-form\"")))
			.andExpect(content().string(not(containsString("name=\"notify\""))));
	}

	@Test
	void aPostAskingForMailRecordsNothing() throws Exception {
		Article story = ReaderReplies.publicStory(this.context);
		String email = "off-" + UUID.randomUUID() + "@example.org";
		this.mvc
			.perform(ReaderReplies.reply(this.context, story.getSlug(), "No mail here", "Off", email)
				.param("notify", "yes"))
			.andExpect(status().isSeeOther());

		assertThat(
				this.jdbc.queryForObject("select count(*) from mail_reader where email_key = ?", Integer.class, email))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from mail_notice", Integer.class)).isZero();
	}

	@Test
	void moderatorsAreToldMailIsOff() throws Exception {
		this.mvc.perform(get("/moderation/notifications").with(user("moderator").roles("MODERATOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mail is off on this site")));
	}

}
