package org.broadsheet.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor signs in, writes a story with a section heading (the live preview beside the
 * form shows it as they type), previews it, publishes it and adds a correction; an
 * anonymous reader then finds it on the front page and in its desk, with the heading's
 * anchor and the correction at the end. Write-back is off so the repository's content
 * folder stays as it is.
 */
@StaffBrowserTest
class EditorBrowserTests {

	private static final String TITLE = "Tidal turbines light a fishing town";

	private static final String HEADING = "How the turbines work";

	private static final String CORRECTION = "An earlier version put the town on the wrong coast.";

	@Test
	void anEditorPublishesAndCorrectsAStoryReadersFindWithItsAnchor(Browser browser) {
		WebDriver driver = browser.driver();
		SignInPage.signInAsAdmin(browser);

		EditorPage editorPage = EditorPage.openNew(browser);
		editorPage.type("story-title", TITLE);
		editorPage.type("story-section", "Science");
		editorPage.type("story-authors", "Ana Lima");
		editorPage.type("story-body",
				"The harbour glows at night.\n\n## " + HEADING + "\n\nBlades turn with the tide.\n");
		assertThat(editorPage.livePreviewHeading(HEADING).getDomAttribute("id")).isEqualTo("how-the-turbines-work");

		String editor = driver.getWindowHandle();
		driver.findElement(By.cssSelector("button[value=preview]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(20)).until((d) -> d.getWindowHandles().size() > 1);
		List<String> windows = new ArrayList<>(driver.getWindowHandles());
		windows.remove(editor);
		driver.switchTo().window(windows.get(0));
		assertThat(driver.findElement(By.id("article-title")).getText()).isEqualTo(TITLE);
		String anchor = driver.findElement(By.cssSelector("#story-body h2")).getDomAttribute("id");
		assertThat(anchor).isEqualTo("how-the-turbines-work");
		driver.close();
		driver.switchTo().window(editor);

		editorPage.press("publish");
		assertThat(driver.getCurrentUrl()).contains("/admin/articles/").endsWith("/edit");
		EditorPage.current(browser).addCorrection(CORRECTION);

		driver.manage().deleteAllCookies();
		browser.open("/");
		WebElement onFront = driver.findElement(By.linkText(TITLE));
		assertThat(onFront.getDomAttribute("href")).contains("/articles/tidal-turbines-light-a-fishing-town");
		browser.open("/sections/science");
		browser.clickThrough(driver.findElement(By.linkText(TITLE)));
		WebElement heading = driver.findElement(By.id(anchor));
		assertThat(heading.getText()).contains(HEADING);
		assertThat(heading.findElement(By.cssSelector("a.permalink")).getDomAttribute("href")).isEqualTo("#" + anchor);
		WebElement corrections = driver.findElement(By.cssSelector("aside.corrections"));
		assertThat(corrections.getDomAttribute("aria-label")).isEqualTo("Corrections");
		assertThat(corrections.getText()).startsWith("Correction, ").endsWith(": " + CORRECTION);
		assertThat(corrections.findElement(By.tagName("time")).getDomAttribute("datetime"))
			.matches("\\d{4}-\\d{2}-\\d{2}");
	}

}
