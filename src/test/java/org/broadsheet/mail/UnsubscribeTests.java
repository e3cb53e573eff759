package org.broadsheet.mail;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every reader mail can be stopped without signing in: the visible link (a page with one
 * button) and the mail client's one-click POST (RFC 8058). Each link is signed for one
 * address; a forged one, or one made for someone else, changes nothing. Erasing a
 * reader's data erases their subscriptions too.
 */
class UnsubscribeTests extends MailScenario {

	@Test
	void theVisibleLinkShowsOneButtonThatUnsubscribes() throws Exception {
		String reader = this.steps.address("link");
		long question = subscribedAndConfirmed(reader);
		String link = MailSteps.path(MailSink.to(reader).get(0).link("/mail/unsubscribe/"));

		this.mvc.perform(get(link))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("<form id=\"unsubscribe-form\" method=\"post\" action=\"" + link)));
		assertThat(subscriptions(reader)).as("opening the page alone unsubscribes nobody").isEqualTo(1);
		this.mvc.perform(post(link))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Unsubscribed")));

		assertThat(subscriptions(reader)).isZero();
		answerAndWork(question);
		assertThat(MailSink.to(reader)).hasSize(1);
	}

	@Test
	void theOneClickPostUnsubscribesWithoutSignInOrSessionToken() throws Exception {
		String reader = this.steps.address("one-click");
		long question = subscribedAndConfirmed(reader);
		String header = MailSink.to(reader).get(0).header("List-Unsubscribe");
		String link = MailSteps.path(header.substring(1, header.length() - 1));

		this.mvc
			.perform(
					post(link).contentType(MediaType.APPLICATION_FORM_URLENCODED).content("List-Unsubscribe=One-Click"))
			.andExpect(status().isOk());

		assertThat(subscriptions(reader)).isZero();
		answerAndWork(question);
		assertThat(MailSink.to(reader)).hasSize(1);
	}

	@Test
	void aForgedSignatureIsRefusedAndChangesNothing() throws Exception {
		String reader = this.steps.address("forged");
		subscribedAndConfirmed(reader);
		String link = MailSteps.path(MailSink.to(reader).get(0).link("/mail/unsubscribe/"));
		String forged = link.substring(0, link.lastIndexOf('/') + 1) + "bm90LWEtc2lnbmF0dXJl";

		this.mvc.perform(post(forged)).andExpect(status().isBadRequest());
		this.mvc.perform(get(forged)).andExpect(status().isBadRequest());
		this.mvc.perform(post("/mail/unsubscribe/1/")).andExpect(status().is4xxClientError());

		assertThat(subscriptions(reader)).isEqualTo(1);
	}

	@Test
	void oneReadersLinkCannotUnsubscribeAnother() throws Exception {
		String victim = this.steps.address("victim");
		String attacker = this.steps.address("attacker");
		subscribedAndConfirmed(victim);
		subscribedAndConfirmed(attacker);
		String attackersLink = MailSteps.path(MailSink.to(attacker).get(0).link("/mail/unsubscribe/"));
		String signature = attackersLink.substring(attackersLink.lastIndexOf('/') + 1);

		this.mvc.perform(post("/mail/unsubscribe/{id}/{signature}", readerId(victim), signature))
			.andExpect(status().isBadRequest());

		assertThat(subscriptions(victim)).isEqualTo(1);
		assertThat(subscriptions(attacker)).isEqualTo(1);
	}

	@Test
	void erasingAReadersDataErasesTheirSubscriptionsAndMail() throws Exception {
		String reader = this.steps.address("erased");
		subscribedAndConfirmed(reader);

		this.mvc
			.perform(post("/moderation/erase").param("email", reader)
				.param("confirm", reader)
				.with(user("eraser").roles("MODERATOR"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(subscriptions(reader)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from mail_reader where email_key = ?", Integer.class,
				reader.toLowerCase()))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from mail_message where recipient_key = ?", Integer.class,
				reader.toLowerCase()))
			.isZero();
	}

	private long subscribedAndConfirmed(String reader) throws Exception {
		long question = this.steps.reply(this.story.getSlug(), "Question from " + reader, "Reader", reader, "notify");
		this.steps.approve(question);
		this.steps.work();
		this.mvc.perform(get(MailSteps.path(MailSink.to(reader).get(0).link("/mail/confirm/"))))
			.andExpect(status().isOk());
		return question;
	}

	private void answerAndWork(long question) throws Exception {
		this.steps.approve(this.steps.reply(this.story.getSlug(), "An answer to " + question, "Answerer",
				this.steps.address("answerer"), question));
		this.steps.later(Duration.ofMinutes(61));
		this.steps.work();
	}

	private int subscriptions(String reader) {
		return this.jdbc.queryForObject(
				"select count(*) from mail_subscription s join mail_reader r"
						+ " on r.id = s.reader_id where r.email_key = ? and r.confirmed_at is not null",
				Integer.class, reader.toLowerCase());
	}

	private long readerId(String reader) {
		return this.jdbc.queryForObject("select id from mail_reader where email_key = ?", Long.class,
				reader.toLowerCase());
	}

}
