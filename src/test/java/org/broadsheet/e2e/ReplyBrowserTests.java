package org.broadsheet.e2e;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader replies to a story in a real browser: they see their reply awaiting
 * moderation, and a reader in another browser session does not.
 */
@BrowserTest
class ReplyBrowserTests {

	private static final String SLUG = "lee-jae-myung-visits-china";

	@Test
	void aReaderSeesTheirPendingReplyAndAnotherReaderDoesNot(Browser browser) {
		String text = "A browser-posted reply " + System.nanoTime();
		browser.open("/articles/" + SLUG);
		RepliesSection replies = RepliesSection.of(browser);

		String id = replies.fill(text, "Browser Reader", "browser.reader@example.org").rememberMe().post();

		WebElement reply = replies.reply(id);
		assertThat(reply.getText()).contains(text).contains("Your reply is awaiting moderation.");
		assertThat(replies.value("author")).isEqualTo("Browser Reader");
		assertThat(replies.value("email")).isEqualTo("browser.reader@example.org");
		WebDriver other = Chromium.find().orElseThrow().start();
		try {
			other.get(browser.baseUrl() + "/articles/" + SLUG);
			assertThat(other.findElements(By.id(id))).isEmpty();
			assertThat(other.getPageSource()).doesNotContain(text).doesNotContain("browser.reader@example.org");
			assertThat(other.findElement(By.id("author")).getDomProperty("value")).isEmpty();
		}
		finally {
			other.quit();
		}
	}

}
