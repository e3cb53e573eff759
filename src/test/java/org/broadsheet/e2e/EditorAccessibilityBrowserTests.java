package org.broadsheet.e2e;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor's pages meet the readers' standard: no {@link Axe} violations and no Nu
 * checker errors ({@link PageAudit}) on the dashboard, the story form (new, with errors,
 * saved with its live preview, published, with a correction's errors), the preview, the
 * revisions, the conflict and stale pages and the media library.
 */
@StaffBrowserTest
class EditorAccessibilityBrowserTests {

	private PageAudit audit;

	@BeforeEach
	void signInAsAdmin(Browser browser, @TempDir Path dir) {
		this.audit = new PageAudit(browser, dir);
		SignInPage.signInAsAdmin(browser);
	}

	@Test
	void dashboardAndStoryFormHaveNoProblems(Browser browser) throws Exception {
		this.audit.check("dashboard");
		browser.open("/admin?status=draft&q=nothing-matches");
		this.audit.check("dashboard-drafts-none");

		EditorPage editor = EditorPage.openNew(browser);
		this.audit.check("story-new");
		editor.type("story-image", "media/no-alt.png");
		WebElement draft = button(browser, "draft");
		this.audit.submitWithErrors("story-new-errors", draft);

		writeStory(browser, "Accessible harbour lights");
		editor.livePreviewHeading("How it works");
		this.audit.check("story-draft");
		editor.press("publish");
		this.audit.check("story-published");
		WebElement correct = browser.driver().findElement(By.cssSelector("#correction-form button[type=submit]"));
		this.audit.submitWithErrors("story-correction-errors", correct);
		this.audit.assertClean();
	}

	@Test
	void previewAndRevisionsHaveNoProblems(Browser browser) throws Exception {
		writeStory(browser, "Accessible tide tables");
		String edit = browser.currentPath();
		EditorPage.current(browser).type("story-body", "\n\nA second paragraph.\n");
		EditorPage.current(browser).press("draft");

		WebDriver driver = browser.driver();
		WebElement preview = button(browser, "preview");
		String html = this.audit.htmlOfSubmitting(preview);
		String editorWindow = driver.getWindowHandle();
		preview.click();
		List<String> windows = new ArrayList<>();
		new WebDriverWait(driver, Duration.ofSeconds(20)).until((d) -> d.getWindowHandles().size() > 1);
		windows.addAll(driver.getWindowHandles());
		windows.remove(editorWindow);
		driver.switchTo().window(windows.get(0));
		this.audit.check("story-preview", html);
		driver.close();
		driver.switchTo().window(editorWindow);

		browser.open(edit.replace("/edit", "/revisions"));
		this.audit.check("revisions");
		browser.clickThrough(driver.findElement(By.cssSelector("table.data tbody a")));
		this.audit.check("revision");
		this.audit.assertClean();
	}

	@Test
	void conflictAndStalePagesHaveNoProblems(Browser browser) throws Exception {
		writeStory(browser, "Accessible second opinions");
		EditorPage.current(browser).press("publish");
		String edit = browser.currentPath();

		EditorPage.current(browser).type("story-body", "\n\nAn editor's addition.\n");
		WebElement update = button(browser, "update");
		this.audit.htmlOfSubmitting(update);
		this.audit.submit("story-conflict", update);
		assertThat(browser.driver().findElements(By.cssSelector("pre.source"))).hasSize(2);

		browser.open(edit);
		this.audit.htmlOfSubmitting(statusButton(browser, "unpublish"));
		WebElement trash = statusButton(browser, "trash");
		this.audit.submit("story-stale", trash);
		assertThat(browser.driver().findElements(By.cssSelector("main p[role=alert]"))).hasSize(1);
		this.audit.assertClean();
	}

	@Test
	void mediaLibraryHasNoProblems(Browser browser, @TempDir Path dir) throws Exception {
		browser.open("/admin/media");
		this.audit.check("media");
		Path notAnImage = Files.writeString(dir.resolve("not-an-image.png"), "plain text", StandardCharsets.UTF_8);
		browser.driver().findElement(By.id("media-file")).sendKeys(notAnImage.toString());
		browser.driver().findElement(By.id("media-alt")).sendKeys("Nothing");
		WebElement upload = browser.driver().findElement(By.cssSelector("main form[enctype] button[type=submit]"));
		this.audit.submitWithErrors("media-refused", upload);
		this.audit.assertClean();
	}

	/**
	 * Writes a story with a section heading and saves it as a draft: its editor shows.
	 */
	private static void writeStory(Browser browser, String title) {
		EditorPage editor = EditorPage.openNew(browser);
		editor.type("story-title", title + " " + System.nanoTime());
		editor.type("story-section", "Science");
		editor.type("story-authors", "Ana Lima");
		editor.type("story-body", "The harbour glows at night.\n\n## How it works\n\nBlades turn with the tide.\n");
		editor.press("draft");
	}

	private static WebElement statusButton(Browser browser, String change) {
		return browser.driver().findElement(By.cssSelector("form[action$='/" + change + "'] button"));
	}

	private static WebElement button(Browser browser, String action) {
		return browser.driver().findElement(By.cssSelector("#story-form button[value=" + action + "]"));
	}

}
