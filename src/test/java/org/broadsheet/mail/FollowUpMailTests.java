package org.broadsheet.mail;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A reader who ticks "Notify me of follow-up replies by email" confirms the address from
 * a mail first, then hears once when an approved reply answers theirs, at most once an
 * hour however busy the thread.
 */
class FollowUpMailTests extends MailScenario {

	@Test
	void theFormOffersTheBoxWithALabel() throws Exception {
		this.mvc.perform(get("/articles/{slug}", this.story.getSlug()))
			.andExpect(content().string(containsString("<input id=\"notify\" name=\"notify\" type=\"checkbox\"")))
			.andExpect(content()
				.string(containsString("<label for=\"notify\">Notify me of follow-up replies by email</label>")));
	}

	@Test
	void tickingTheBoxSendsOneConfirmationMailWithASignedLink() throws Exception {
		String reader = this.steps.address("asker");
		this.steps.reply(this.story.getSlug(), "Who checked this?", "Asker", reader, "notify");
		this.steps.reply(this.story.getSlug(), "And this?", "Asker", reader, "notify");

		this.steps.work();

		List<MailSink.Received> mails = MailSink.to(reader);
		assertThat(mails).hasSize(1);
		MailSink.Received confirmation = mails.get(0);
		assertThat(confirmation.subject()).contains("confirm");
		assertThat(confirmation.text()).contains("The Test Gazette").contains("https://news.example.org");
		assertThat(confirmation.header("List-Unsubscribe")).startsWith("<https://news.example.org/mail/unsubscribe/");
		assertThat(confirmation.header("List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");

		this.mvc.perform(get(MailSteps.path(confirmation.link("/mail/confirm/"))))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(content().string(containsString("Address confirmed")));
	}

	@Test
	void anUnconfirmedAddressGetsNoFollowUp() throws Exception {
		String reader = this.steps.address("unconfirmed");
		long question = this.steps.reply(this.story.getSlug(), "Unconfirmed question", "Quiet", reader, "notify");
		this.steps.approve(question);
		long answer = this.steps.reply(this.story.getSlug(), "An answer nobody hears of", "Answerer",
				this.steps.address("answerer"), question);
		this.steps.approve(answer);

		this.steps.work();

		assertThat(MailSink.to(reader)).hasSize(1).allSatisfy((mail) -> assertThat(mail.subject()).contains("confirm"));
	}

	@Test
	void aForgedConfirmationLinkConfirmsNothing() throws Exception {
		String reader = this.steps.address("forged-confirm");
		this.steps.reply(this.story.getSlug(), "Forged confirmation", "Forger", reader, "notify");
		this.steps.work();
		String link = MailSteps.path(MailSink.to(reader).get(0).link("/mail/confirm/"));

		this.mvc.perform(get(link.substring(0, link.lastIndexOf('/') + 1) + "AAAA" + link.substring(link.length() - 4)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("This link is not valid")));
	}

	@Test
	void aConfirmedReaderHearsOnceWhenAnApprovedReplyAnswersTheirs() throws Exception {
		String reader = this.steps.address("follower");
		long question = confirmedQuestion(reader, "What happened next?", "notify");
		long answer = this.steps.reply(this.story.getSlug(), "This happened next.", "Answerer",
				this.steps.address("answers"), question);
		this.steps.work();
		assertThat(followUps(reader)).as("not before approval").isEmpty();

		this.steps.approve(answer);
		this.steps.work();
		this.steps.work();

		List<MailSink.Received> mails = followUps(reader);
		assertThat(mails).hasSize(1);
		MailSink.Received mail = mails.get(0);
		assertThat(mail.subject()).contains(this.story.getTitle());
		assertThat(mail.text()).contains("This happened next.")
			.contains("Answerer")
			.contains("https://news.example.org/articles/" + this.story.getSlug() + "#reply-" + answer)
			.contains("Unsubscribe: https://news.example.org/mail/unsubscribe/");
		assertThat(mail.html()).contains("/mail/unsubscribe/").doesNotContain("<img");
		assertThat(mail.header("List-Unsubscribe")).matches("<https://news\\.example\\.org/mail/unsubscribe/\\d+/.+>");
		assertThat(mail.header("List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
	}

	@Test
	void aBusyThreadSendsAtMostOneMailAnHour() throws Exception {
		String reader = this.steps.address("busy");
		long question = confirmedQuestion(reader, "Busy thread question", "notify");
		this.steps
			.approve(this.steps.reply(this.story.getSlug(), "First answer", "A", this.steps.address("a"), question));
		this.steps.work();
		assertThat(followUps(reader)).hasSize(1);

		this.steps
			.approve(this.steps.reply(this.story.getSlug(), "Second answer", "B", this.steps.address("b"), question));
		this.steps
			.approve(this.steps.reply(this.story.getSlug(), "Third answer", "C", this.steps.address("c"), question));
		this.steps.later(Duration.ofMinutes(30));
		this.steps.work();
		assertThat(followUps(reader)).hasSize(1);

		this.steps.later(Duration.ofMinutes(31));
		this.steps.work();
		List<MailSink.Received> mails = followUps(reader);
		assertThat(mails).hasSize(2);
		assertThat(mails.get(1).subject()).contains("2 new replies");
		assertThat(mails.get(1).text()).contains("Second answer").contains("Third answer");
	}

	@Test
	void onlyTheReplyItAnswersOrTheWholeStoryCounts() throws Exception {
		String answersOnly = this.steps.address("answers-only");
		String wholeStory = this.steps.address("whole-story");
		confirmedQuestion(answersOnly, "Only my answers please", "notify");
		confirmedQuestion(wholeStory, "Everything on this story please", "notify", "notify_story");

		long unrelated = this.steps.reply(this.story.getSlug(), "A new thread of its own", "Other",
				this.steps.address("other"));
		this.steps.approve(unrelated);
		this.steps.later(Duration.ofMinutes(61));
		this.steps.work();

		assertThat(followUps(answersOnly)).isEmpty();
		assertThat(followUps(wholeStory)).hasSize(1)
			.allSatisfy((mail) -> assertThat(mail.text()).contains("A new thread of its own"));
	}

	@Test
	void theReadersOwnReplyIsNotReportedToThem() throws Exception {
		String reader = this.steps.address("self");
		long question = confirmedQuestion(reader, "Talking to myself", "notify", "notify_story");
		this.steps.approve(this.steps.reply(this.story.getSlug(), "Answering myself", "Self", reader, question));
		this.steps.later(Duration.ofMinutes(61));
		this.steps.work();

		assertThat(followUps(reader)).isEmpty();
	}

	/** A reply by the reader, subscribed, approved and confirmed from the mail. */
	private long confirmedQuestion(String reader, String text, String... boxes) throws Exception {
		long question = this.steps.reply(this.story.getSlug(), text, "Reader", reader, boxes);
		this.steps.approve(question);
		this.steps.work();
		MailSink.Received confirmation = MailSink.to(reader).get(0);
		this.mvc.perform(get(MailSteps.path(confirmation.link("/mail/confirm/")))).andExpect(status().isOk());
		return question;
	}

	private static List<MailSink.Received> followUps(String reader) {
		return MailSink.to(reader).stream().filter((mail) -> !mail.subject().contains("confirm")).toList();
	}

}
