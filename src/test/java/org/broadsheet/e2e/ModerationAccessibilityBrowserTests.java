package org.broadsheet.e2e;

import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The moderator's pages meet the readers' standard: no {@link Axe} violations and no Nu
 * checker errors ({@link PageAudit}) on the queue (with replies, a notice and a problem),
 * a reply's page (held, with the edit form's errors, blocked, approved), the log, the
 * blocked posters, a reader's data (found, with errors) and the email notifications.
 */
@StaffBrowserTest
class ModerationAccessibilityBrowserTests {

	private static final String SLUG = "lee-jae-myung-visits-china";

	@Test
	void queueAndReplyPagesHaveNoProblems(Browser browser, @TempDir Path dir) throws Exception {
		String reply = postReply(browser, "reader-" + UUID.randomUUID() + "@example.net");
		PageAudit audit = new PageAudit(browser, dir);
		SignInPage.signInAsAdmin(browser);
		browser.open("/moderation");
		audit.check("queue");
		browser.clickThrough(find(browser, "#bulk button[type=submit]"));
		audit.check("queue-nothing-selected");

		browser.open("/moderation/replies/" + reply);
		audit.check("reply-held");
		find(browser, "#edit-text").clear();
		WebElement save = find(browser, "form[action$='/edit'] button[value=false]");
		audit.submitWithErrors("reply-edit-errors", save);
		browser.open("/moderation/replies/" + reply);
		browser.clickThrough(find(browser, "form[action$='/block'] button"));
		audit.check("reply-blocked");
		browser.clickThrough(find(browser, "form[action$='/approve'] button"));
		audit.check("queue-approved-notice");
		browser.open("/moderation?status=approved");
		audit.check("queue-approved");
		browser.open("/moderation/replies/" + reply);
		audit.check("reply-approved");

		browser.open("/moderation/log");
		audit.check("log");
		browser.open("/moderation/blocked");
		audit.check("blocked");
		browser.clickThrough(find(browser, "main form button"));
		audit.check("blocked-undone");
		audit.assertClean();
	}

	@Test
	void readerDataAndNotificationPagesHaveNoProblems(Browser browser, @TempDir Path dir) throws Exception {
		String email = "reader-" + UUID.randomUUID() + "@example.net";
		postReply(browser, email);
		PageAudit audit = new PageAudit(browser, dir);
		SignInPage.signInAsAdmin(browser);
		browser.open("/moderation/erase");
		audit.check("erase");
		find(browser, "#erase-email").sendKeys(email);
		WebElement findReplies = find(browser, "form[action$='/find'] button");
		audit.submit("erase-found", findReplies);
		find(browser, "#erase-email").clear();
		find(browser, "#erase-email").sendKeys("not an address");
		findReplies = find(browser, "form[action$='/find'] button");
		audit.submitWithErrors("erase-errors", findReplies);

		browser.open("/moderation/notifications");
		audit.check("notifications");
		find(browser, "#mail-email").clear();
		find(browser, "#mail-email").sendKeys("not an address");
		WebElement saveMail = find(browser, "main form button[type=submit]");
		audit.submitWithErrors("notifications-errors", saveMail);
		audit.assertClean();
	}

	/** Posts a reply to the seed story as a reader and returns its id. */
	private static String postReply(Browser browser, String email) {
		browser.driver().manage().deleteAllCookies();
		StoryPage.open(browser, SLUG);
		String anchor = RepliesSection.of(browser)
			.fill("A reply to check the staff pages with.", "Ada Reader", email)
			.post();
		return anchor.substring("reply-".length());
	}

	private static WebElement find(Browser browser, String css) {
		return browser.driver().findElement(By.cssSelector(css));
	}

}
