package org.broadsheet.mail;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Moderators hear about held replies the way each chose: one mail per reply, an hourly
 * digest, or nothing; the mail names the story, the poster and the rule, and links to the
 * queue entry, which still asks for a sign-in.
 */
class ModeratorMailTests extends MailScenario {

	@Test
	void aHeldReplyMailsEachModeratorWhoChoseEachAndNobodyElse() throws Exception {
		String each = this.steps.moderator("each", Frequency.EACH);
		String alsoEach = this.steps.moderator("also-each", Frequency.EACH);
		String digest = this.steps.moderator("digest", Frequency.DIGEST);
		String none = this.steps.moderator("none", Frequency.NONE);
		long id = this.steps.reply(this.story.getSlug(), "Held for a moderator", "Ada Reader",
				this.steps.address("ada"));

		this.steps.work();

		for (String moderator : List.of(each, alsoEach)) {
			List<MailSink.Received> mails = MailSink.to(moderator);
			assertThat(mails).hasSize(1);
			MailSink.Received mail = mails.get(0);
			assertThat(mail.subject()).contains("Please moderate").contains(this.story.getTitle());
			assertThat(mail.text()).contains(this.story.getTitle())
				.contains("Ada Reader")
				.contains("default")
				.contains("https://news.example.org/moderation/replies/" + id)
				.contains("The Test Gazette")
				.contains("https://news.example.org");
			assertThat(mail.html()).contains("https://news.example.org/moderation/replies/" + id)
				.doesNotContain("<img");
			assertThat(mail.header("From")).contains("news@example.org");
			assertThat(mail.header("List-Unsubscribe")).isNull();
		}
		assertThat(MailSink.to(digest)).isEmpty();
		assertThat(MailSink.to(none)).isEmpty();
	}

	@Test
	void thePostersNameIsEscapedInTheHtmlMail() throws Exception {
		String each = this.steps.moderator("escape", Frequency.EACH);
		this.steps.reply(this.story.getSlug(), "Mind the markup", "<b onmouseover=alert(1)>Eve</b> & Co",
				this.steps.address("eve"));

		this.steps.work();

		MailSink.Received mail = MailSink.to(each).get(0);
		assertThat(mail.html()).contains("&lt;b onmouseover=alert(1)&gt;Eve&lt;/b&gt; &amp; Co")
			.doesNotContain("<b onmouseover");
		assertThat(mail.text()).contains("<b onmouseover=alert(1)>Eve</b> & Co");
	}

	@Test
	void theHourlyDigestGroupsEveryReplyHeldMeanwhileIntoOneMail() throws Exception {
		String digest = this.steps.moderator("hourly", Frequency.DIGEST);
		long first = this.steps.reply(this.story.getSlug(), "First held", "One", this.steps.address("one"));
		long second = this.steps.reply(this.story.getSlug(), "Second held", "Two", this.steps.address("two"));
		this.steps.later(Duration.ofMinutes(20));
		long third = this.steps.reply(this.story.getSlug(), "Third held", "Three", this.steps.address("three"));

		this.steps.work();
		assertThat(MailSink.to(digest)).isEmpty();

		this.steps.later(Duration.ofMinutes(41));
		this.steps.work();
		this.steps.work();

		List<MailSink.Received> mails = MailSink.to(digest);
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).subject()).contains("3 replies wait for moderation");
		assertThat(mails.get(0).links()).contains(queue(first), queue(second), queue(third));
		assertThat(mails.get(0).text()).contains("One").contains("Two").contains("Three");
	}

	@Test
	void aReplyHandledBeforeTheDigestIsLeftOutOfIt() throws Exception {
		String digest = this.steps.moderator("handled", Frequency.DIGEST);
		long handled = this.steps.reply(this.story.getSlug(), "Approved quickly", "Quick", this.steps.address("q"));
		long waiting = this.steps.reply(this.story.getSlug(), "Still waiting", "Slow", this.steps.address("s"));
		this.steps.approve(handled);

		this.steps.later(Duration.ofMinutes(61));
		this.steps.work();

		MailSink.Received mail = MailSink.to(digest).get(0);
		assertThat(mail.links()).contains(queue(waiting)).doesNotContain(queue(handled));
		assertThat(mail.subject()).contains("1 reply waits");
	}

	@Test
	void theQueueLinkAsksForASignIn() throws Exception {
		String each = this.steps.moderator("sign-in", Frequency.EACH);
		this.steps.reply(this.story.getSlug(), "Link needs a session", "Lin", this.steps.address("lin"));
		this.steps.work();
		String link = MailSink.to(each).get(0).link("/moderation/replies/");

		this.mvc.perform(get(MailSteps.path(link))).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aModeratorSeesOnlyTheirOwnChoice() throws Exception {
		String address = this.steps.moderator("own", Frequency.EACH);
		String username = address.substring(0, address.indexOf('@'));

		this.mvc.perform(get("/moderation/notifications").with(user(username).roles("MODERATOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(address)));
		this.mvc.perform(get("/moderation/notifications").with(user("someone-else").roles("MODERATOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(address))));
	}

	@Test
	void aBadAddressOrFrequencyIsAFormErrorNotAFailure() throws Exception {
		this.mvc
			.perform(post("/moderation/notifications").param("email", "not an address")
				.param("frequency", "EACH")
				.with(user("typo-moderator").roles("MODERATOR"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please enter a valid email address")));
		this.mvc
			.perform(post("/moderation/notifications").param("email", "typo@example.org")
				.param("frequency", "SOMETIMES")
				.with(user("typo-moderator").roles("MODERATOR"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("offered frequencies")));
	}

	@Test
	void readersCannotOpenTheSettings() throws Exception {
		this.mvc.perform(get("/moderation/notifications")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/moderation/notifications").with(user("writer").roles("CONTRIBUTOR")))
			.andExpect(status().isForbidden());
	}

	private static String queue(long replyId) {
		return "https://news.example.org/moderation/replies/" + replyId;
	}

}
