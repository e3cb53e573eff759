package org.broadsheet.e2e;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The replies under a story, and its "Leave a Reply" form, as a reader uses them.
 */
final class RepliesSection {

	private final Browser browser;

	private RepliesSection(Browser browser) {
		this.browser = browser;
	}

	static RepliesSection of(Browser browser) {
		return new RepliesSection(browser);
	}

	RepliesSection fill(String comment, String name, String email) {
		type("comment", comment);
		type("author", name);
		type("email", email);
		return this;
	}

	RepliesSection rememberMe() {
		WebElement box = field("remember");
		if (!box.isSelected()) {
			this.browser.click(box);
		}
		return this;
	}

	/** Ticks "Notify me of follow-up replies by email". */
	RepliesSection notifyMe() {
		WebElement box = field("notify");
		if (!box.isSelected()) {
			this.browser.click(box);
		}
		return this;
	}

	/** Posts the form and waits to be sent back to the story at the new reply. */
	String post() {
		this.browser.click(this.browser.driver().findElement(By.cssSelector("#reply-form button[type=submit]")));
		new WebDriverWait(this.browser.driver(), Duration.ofSeconds(10))
			.until((driver) -> this.browser.locationHash().startsWith("#reply-"));
		return this.browser.locationHash().substring(1);
	}

	WebElement reply(String id) {
		return this.browser.driver().findElement(By.id(id));
	}

	String value(String id) {
		return field(id).getDomProperty("value");
	}

	private void type(String id, String text) {
		WebElement field = field(id);
		field.clear();
		field.sendKeys(text);
	}

	private WebElement field(String id) {
		return this.browser.driver().findElement(By.id(id));
	}

}
