package org.broadsheet.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The staff side: the sign-in form and the reply queue at {@code /moderation}.
 */
final class ModerationQueuePage {

	private final Browser browser;

	private ModerationQueuePage(Browser browser) {
		this.browser = browser;
	}

	static ModerationQueuePage signIn(Browser browser, String username, String password) {
		SignInPage.signIn(browser, username, password);
		return new ModerationQueuePage(browser);
	}

	String pendingCount() {
		return this.browser.driver().findElement(By.id("pending-count")).getText();
	}

	/** The queue row showing a reply with this text. */
	WebElement rowWithText(String text) {
		return this.browser.driver()
			.findElements(By.cssSelector("tr.queue-row"))
			.stream()
			.filter((row) -> row.findElement(By.cssSelector(".reply-text")).getText().equals(text))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No queued reply \"" + text + "\""));
	}

	void approve(WebElement row) {
		this.browser.clickThrough(row.findElement(By.cssSelector("button[data-action=approve]")));
	}

	String notices() {
		return this.browser.driver().findElement(By.cssSelector(".flash")).getText();
	}

	void signOut() {
		this.browser.clickThrough(this.browser.driver().findElement(By.cssSelector("form.signout button")));
	}

}
