package org.broadsheet.mail;

import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.broadsheet.MutableClock;
import org.broadsheet.account.Role;
import org.broadsheet.account.StaffUsers;
import org.broadsheet.reply.ReaderReplies;
import org.broadsheet.reply.ReplyService;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What mail tests do, in the words of the people involved: a moderator chooses, a reader
 * posts (ticking the box or not), a moderator approves, time passes, the worker runs.
 */
final class MailSteps {

	private final ApplicationContext context;

	private final MockMvc mvc;

	private final String unique = UUID.randomUUID().toString().substring(0, 8);

	MailSteps(ApplicationContext context, MockMvc mvc) {
		this.context = context;
		this.mvc = mvc;
	}

	/** An address nobody else in the test run uses. */
	String address(String name) {
		return name + "-" + this.unique + "@example.net";
	}

	/** A moderator account with this mail choice, made through its settings page. */
	String moderator(String name, Frequency frequency) throws Exception {
		String username = name + "-" + this.unique;
		StaffUsers.ensure(this.context, username, "a long moderator password", Role.MODERATOR);
		this.mvc
			.perform(MockMvcRequestBuilders.post("/moderation/notifications")
				.param("email", address(name))
				.param("frequency", frequency.name())
				.with(user(username).roles("MODERATOR"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		return address(name);
	}

	long reply(String slug, String text, String name, String email, String... follow) throws Exception {
		return reply(slug, text, name, email, null, follow);
	}

	/**
	 * Posts a reply (answering {@code parentId} if given); {@code follow}: notify,
	 * notify_story.
	 */
	long reply(String slug, String text, String name, String email, Long parentId, String... follow) throws Exception {
		MockHttpServletRequestBuilder request = ReaderReplies.reply(this.context, slug, text, name, email);
		if (parentId != null) {
			request.param("comment_parent", parentId.toString());
		}
		for (String box : follow) {
			request.param(box, "yes");
		}
		this.mvc.perform(request).andExpect(status().isSeeOther());
		return ReaderReplies.idOf(this.context, text);
	}

	void approve(long replyId) throws Exception {
		long version = this.context.getBean(ReplyService.class).find(replyId).orElseThrow().getVersion();
		this.mvc
			.perform(MockMvcRequestBuilders.post("/moderation/replies/{id}/approve", replyId)
				.param("version", String.valueOf(version))
				.with(user("approver-" + this.unique).roles("MODERATOR"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	static String path(String link) {
		return URI.create(link).getRawPath();
	}

	void later(Duration duration) {
		this.context.getBean(MutableClock.class).advance(duration);
	}

	/** Moderators made by a test stop getting mail, so they do not count in the next. */
	void retireModerators() {
		this.context.getBean(JdbcTemplate.class).update("update mail_moderator set frequency = 'NONE'");
	}

	/**
	 * One run of the mail worker, as the scheduler would, and the wait until the SMTP
	 * server has stored what it sent (it may store a message just after accepting it).
	 */
	void work() {
		Set<String> before = sentMessageIds();
		this.context.getBean(MailWorker.class).work();
		Set<String> sent = sentMessageIds();
		sent.removeAll(before);
		MailSink.awaitMessageIds(sent);
	}

	/** The Message-IDs of every message sent, as the sender makes them. */
	private Set<String> sentMessageIds() {
		return new HashSet<>(this.context.getBean(JdbcTemplate.class)
			.query("select id, created_at from mail_message where status = 'SENT'", (rs, n) -> "<broadsheet-"
					+ rs.getLong(1) + "." + rs.getTimestamp(2).toInstant().toEpochMilli() + "@example.org>"));
	}

}
