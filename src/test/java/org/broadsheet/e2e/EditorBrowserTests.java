package org.broadsheet.e2e;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor signs in, writes a story with a section heading, previews it and publishes
 * it; an anonymous reader then finds it on the front page and in its desk, with the
 * heading's anchor. Write-back is off so the repository's content folder stays as it is.
 */
@BrowserTest
@TestPropertySource(properties = { "broadsheet.content.write-back=false",
		"broadsheet.admin-password=" + EditorBrowserTests.PASSWORD })
class EditorBrowserTests {

	static final String PASSWORD = "browser-editor-pass-2026";

	private static final String TITLE = "Tidal turbines light a fishing town";

	private static final String HEADING = "How the turbines work";

	@Test
	void anEditorPublishesAStoryReadersFindWithItsAnchor(Browser browser) {
		WebDriver driver = browser.driver();
		browser.open("/login");
		driver.findElement(By.id("login-username")).sendKeys("admin");
		driver.findElement(By.id("login-password")).sendKeys(PASSWORD);
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();

		browser.open("/admin/articles/new");
		driver.findElement(By.id("story-title")).sendKeys(TITLE);
		driver.findElement(By.id("story-section")).sendKeys("Science");
		driver.findElement(By.id("story-authors")).sendKeys("Ana Lima");
		driver.findElement(By.id("story-body"))
			.sendKeys("The harbour glows at night.\n\n## " + HEADING + "\n\nBlades turn with the tide.\n");

		String editor = driver.getWindowHandle();
		driver.findElement(By.cssSelector("button[value=preview]")).click();
		List<String> windows = new ArrayList<>(driver.getWindowHandles());
		windows.remove(editor);
		driver.switchTo().window(windows.get(0));
		assertThat(driver.findElement(By.id("article-title")).getText()).isEqualTo(TITLE);
		String anchor = driver.findElement(By.cssSelector("#story-body h2")).getDomAttribute("id");
		assertThat(anchor).isEqualTo("how-the-turbines-work");
		driver.close();
		driver.switchTo().window(editor);

		driver.findElement(By.cssSelector("button[value=publish]")).click();
		assertThat(driver.getCurrentUrl()).contains("/admin/articles/").endsWith("/edit");

		driver.manage().deleteAllCookies();
		browser.open("/");
		WebElement onFront = driver.findElement(By.linkText(TITLE));
		assertThat(onFront.getDomAttribute("href")).contains("/articles/tidal-turbines-light-a-fishing-town");
		browser.open("/sections/science");
		driver.findElement(By.linkText(TITLE)).click();
		WebElement heading = driver.findElement(By.id(anchor));
		assertThat(heading.getText()).contains(HEADING);
		assertThat(heading.findElement(By.cssSelector("a.permalink")).getDomAttribute("href")).isEqualTo("#" + anchor);
	}

}
