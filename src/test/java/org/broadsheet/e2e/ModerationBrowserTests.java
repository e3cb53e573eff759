package org.broadsheet.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.broadsheet.account.Role;
import org.broadsheet.account.StaffUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole path of a reply: a reader posts it, a moderator signs in, finds it pending
 * with the rule that held it and approves it, and then every reader sees it under the
 * story, while the poster's email address appears on no public page.
 */
@BrowserTest
class ModerationBrowserTests {

	private static final String SLUG = "lee-jae-myung-visits-china";

	private static final String MODERATOR = "browser-moderator";

	private static final String PASSWORD = "moderator password for the browser";

	@Autowired
	ApplicationContext context;

	@Test
	void readerPostsModeratorApprovesEveryoneSeesItWithoutTheEmail(Browser browser) throws Exception {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String text = "A careful reader's view " + unique;
		String email = "reader-" + unique + "@example.net";
		StaffUsers.ensure(this.context, MODERATOR, PASSWORD, Role.MODERATOR);
		WebDriver driver = browser.driver();
		driver.manage().deleteAllCookies();

		postReply(browser, text, "Reader " + unique, email);
		assertThat(driver.findElement(By.id("replies")).getText()).contains(text)
			.contains("Your reply is awaiting moderation.");

		driver.manage().deleteAllCookies();
		StoryPage.open(browser, SLUG);
		assertThat(driver.findElement(By.id("replies")).getText()).doesNotContain(text);

		ModerationQueuePage queue = ModerationQueuePage.signIn(browser, MODERATOR, PASSWORD);
		assertThat(driver.getCurrentUrl()).endsWith("/moderation");
		assertThat(Integer.parseInt(queue.pendingCount())).isPositive();
		WebElement row = queue.rowWithText(text);
		assertThat(row.getText()).contains(email).contains("Rule: default").contains("new reply");
		queue.approve(row);
		assertThat(queue.notices()).contains("is now Approved");
		queue.signOut();

		driver.manage().deleteAllCookies();
		StoryPage.open(browser, SLUG);
		assertThat(driver.findElement(By.id("replies")).getText()).contains(text).doesNotContain("awaiting moderation");
		assertThat(driver.getPageSource()).doesNotContain(email);
		for (String path : List.of("/", "/articles/" + SLUG, "/rss.xml", "/atom.xml", "/sitemap.xml",
				"/search?q=" + unique)) {
			assertThat(fetch(browser, path)).as(path).doesNotContain(email).doesNotContain(unique + "@");
		}
	}

	private void postReply(Browser browser, String text, String name, String email) throws InterruptedException {
		WebDriver driver = browser.driver();
		for (int attempt = 0; attempt < 3; attempt++) {
			StoryPage.open(browser, SLUG);
			driver.findElement(By.id("comment")).sendKeys(text);
			driver.findElement(By.id("author")).sendKeys(name);
			driver.findElement(By.id("email")).sendKeys(email);
			driver.findElement(By.id("url")).sendKeys("https://example.net/" + name.replace(' ', '-'));
			Thread.sleep(3500);
			browser.click(driver.findElement(By.cssSelector("#reply-form button[type=submit]")));
			new WebDriverWait(driver, Duration.ofSeconds(10))
				.until((d) -> !d.findElements(By.id("replies")).isEmpty() || d.getPageSource().contains("too quickly"));
			if (!driver.getPageSource().contains("too quickly")) {
				return;
			}
			Thread.sleep(16000);
		}
	}

	private static String fetch(Browser browser, String path) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(browser.baseUrl() + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		return response.body();
	}

}
