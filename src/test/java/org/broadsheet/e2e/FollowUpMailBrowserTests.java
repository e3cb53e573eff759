package org.broadsheet.e2e;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.broadsheet.account.Role;
import org.broadsheet.account.StaffUsers;
import org.broadsheet.mail.MailSink;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A reader ticks "Notify me of follow-up replies by email", confirms the address from the
 * mail, and after a moderator approves an answer to their reply, finds it in their mail.
 */
@BrowserTest
class FollowUpMailBrowserTests {

	private static final String SLUG = "lee-jae-myung-visits-china";

	private static final String MODERATOR = "browser-moderator";

	private static final String PASSWORD = "moderator password for the browser";

	@Autowired
	ApplicationContext context;

	@Test
	void aReaderTicksTheBoxConfirmsFromTheMailAndGetsTheAnswersMail(Browser browser) {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String question = "Will the talks go on? " + unique;
		String answer = "They resume next week. " + unique;
		String reader = "follower-" + unique + "@example.net";
		StaffUsers.ensure(this.context, MODERATOR, PASSWORD, Role.MODERATOR);
		WebDriver driver = browser.driver();
		driver.manage().deleteAllCookies();

		StoryPage.open(browser, SLUG);
		String questionId = RepliesSection.of(browser).fill(question, "Curious " + unique, reader).notifyMe().post();

		MailSink.Received confirmation = mailsTo(reader, 1).get(0);
		browser.open(path(confirmation.link("/mail/confirm/")));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Address confirmed");

		approve(browser, question);
		driver.manage().deleteAllCookies();
		browser.open("/articles/" + SLUG + "/replies?replytocom=" + questionId.substring("reply-".length()));
		RepliesSection.of(browser).fill(answer, "Answerer " + unique, "answerer-" + unique + "@example.net").post();
		assertThat(mailsTo(reader, 1)).as("nothing before a moderator approves the answer").hasSize(1);
		approve(browser, answer);

		MailSink.Received followUp = mailsTo(reader, 2).get(1);
		assertThat(followUp.text()).contains(answer).contains("Answerer " + unique);
		assertThat(followUp.header("List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
		browser.open(path(followUp.link("/articles/")));
		assertThat(driver.findElement(By.id("replies")).getText()).contains(answer);
	}

	private static void approve(Browser browser, String text) {
		ModerationQueuePage queue = ModerationQueuePage.signIn(browser, MODERATOR, PASSWORD);
		queue.approve(queue.rowWithText(text));
		queue.signOut();
	}

	private static List<MailSink.Received> mailsTo(String address, int count) {
		await().atMost(Duration.ofSeconds(20)).until(() -> MailSink.to(address).size() >= count);
		return MailSink.to(address);
	}

	private static String path(String link) {
		URI uri = URI.create(link);
		return uri.getRawPath() + ((uri.getRawFragment() != null) ? "#" + uri.getRawFragment() : "");
	}

}
