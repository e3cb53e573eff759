package org.broadsheet.e2e;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The story editor {@code /admin/articles/...} as an editor uses it: the form, the live
 * preview beside it and the corrections below it.
 */
final class EditorPage {

	private final Browser browser;

	private EditorPage(Browser browser) {
		this.browser = browser;
	}

	static EditorPage openNew(Browser browser) {
		browser.open("/admin/articles/new");
		return new EditorPage(browser);
	}

	static EditorPage current(Browser browser) {
		return new EditorPage(browser);
	}

	void type(String fieldId, String text) {
		driver().findElement(By.id(fieldId)).sendKeys(text);
	}

	/**
	 * Waits (the preview follows the typing after a pause, rendered by the server) until
	 * the live preview shows a section heading with this text, and returns it.
	 */
	WebElement livePreviewHeading(String text) {
		By heading = By
			.xpath("//section[contains(@class,'live-preview')]//h2[starts-with(normalize-space(.), '" + text + "')]");
		return new WebDriverWait(driver(), Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(heading));
	}

	void press(String action) {
		this.browser.clickThrough(driver().findElement(By.cssSelector("#story-form button[value=" + action + "]")));
	}

	/**
	 * Adds a correction dated today (the form's default) and waits for the saved page.
	 */
	void addCorrection(String text) {
		driver().findElement(By.id("correction-text")).sendKeys(text);
		this.browser.clickThrough(driver().findElement(By.cssSelector("#correction-form button[type=submit]")));
		new WebDriverWait(driver(), Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p.flash[role=status]")));
	}

	private WebDriver driver() {
		return this.browser.driver();
	}

}
