package org.broadsheet.e2e;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor without a mouse: signs in, writes and publishes a story, and, once a reader
 * (also at the keyboard) has replied to it, approves the held reply from the queue, all
 * with TAB, ENTER, SPACE and typing. Every stop of the focus shows it; readers then find
 * the story at its address with the reply under it.
 */
@StaffBrowserTest
class KeyboardOnlyBrowserTests {

	@Test
	void anEditorPublishesAStoryAndApprovesItsReplyWithTheKeyboardAlone(Browser browser) {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String title = "Harbour lights by keyboard " + unique;
		String reply = "Read and answered without a mouse " + unique;
		WebDriver driver = browser.driver();
		Keyboard keyboard = new Keyboard(browser);

		driver.manage().deleteAllCookies();
		signIn(browser, keyboard);
		keyboard.skipToContent();
		keyboard.tabTo(find(driver, "main a[href='/admin/articles/new']"), 1);
		keyboard.pressThrough(Keys.ENTER);

		keyboard.skipToContent();
		keyboard.tabTo(find(driver, "#story-title"), 3);
		keyboard.type(title);
		keyboard.tabTo(find(driver, "#story-section"), 2);
		keyboard.type("Science");
		keyboard.tabTo(find(driver, "#story-authors"), 1);
		keyboard.type("Ana Lima");
		keyboard.tabTo(find(driver, "#story-body"), 20);
		keyboard.type("The harbour glows at night.\n\n## How it works\n\nBlades turn with the tide.\n");
		keyboard.tabTo(find(driver, "#story-form button[value=publish]"), 10);
		keyboard.pressThrough(Keys.SPACE);
		assertThat(find(driver, "p.flash[role=status]").getText()).isNotBlank();
		String slug = find(driver, "#story-slug").getDomProperty("value");

		driver.manage().deleteAllCookies();
		browser.open("/articles/" + slug + "#respond");
		assertThat(find(driver, "#article-title").getText()).isEqualTo(title);
		keyboard.tabTo(find(driver, "#comment"), 1);
		keyboard.type(reply);
		keyboard.tabTo(find(driver, "#author"), 1);
		keyboard.type("Kim Reader");
		keyboard.tabTo(find(driver, "#email"), 1);
		keyboard.type("kim-" + unique + "@example.net");
		keyboard.pressThrough(Keys.ENTER);
		assertThat(find(driver, "#replies").getText()).contains(reply).contains("awaiting moderation");

		driver.manage().deleteAllCookies();
		signIn(browser, keyboard);
		keyboard.tabTo(find(driver, "#site-nav a[href='/moderation']"), 10);
		keyboard.pressThrough(Keys.ENTER);
		WebElement row = driver.findElements(By.cssSelector("tr.queue-row"))
			.stream()
			.filter((candidate) -> candidate.getText().contains(reply))
			.findFirst()
			.orElseThrow(() -> new AssertionError("The reply is not in the queue"));
		keyboard.tabTo(row.findElement(By.cssSelector("button[data-action=approve]")), 400);
		keyboard.pressThrough(Keys.ENTER);
		assertThat(find(driver, ".flash").getText()).contains("is now Approved");

		driver.manage().deleteAllCookies();
		browser.open("/articles/" + slug);
		assertThat(find(driver, "#article-title").getText()).isEqualTo(title);
		assertThat(find(driver, "#replies").getText()).contains(reply).doesNotContain("awaiting moderation");
	}

	/** Signs in as the administrator: the name field has focus as the page opens. */
	private static void signIn(Browser browser, Keyboard keyboard) {
		browser.open("/login");
		assertThat(keyboard.hasFocus(find(browser.driver(), "#login-username"))).as("name field focused").isTrue();
		keyboard.type("admin");
		keyboard.tabTo(find(browser.driver(), "#login-password"), 1);
		keyboard.type(StaffBrowserTest.ADMIN_PASSWORD);
		keyboard.pressThrough(Keys.ENTER);
	}

	private static WebElement find(WebDriver driver, String css) {
		return driver.findElement(By.cssSelector(css));
	}

}
