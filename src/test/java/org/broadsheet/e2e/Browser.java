package org.broadsheet.e2e;

import java.time.Duration;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium pointed at the running portal. Page objects take one.
 */
public final class Browser {

	private final WebDriver driver;

	private final String baseUrl;

	Browser(WebDriver driver, String baseUrl) {
		this.driver = driver;
		this.baseUrl = baseUrl;
	}

	/** Opens a path of the portal, such as {@code /articles/some-story}. */
	public void open(String path) {
		this.driver.get(this.baseUrl + path);
	}

	public WebDriver driver() {
		return this.driver;
	}

	public String baseUrl() {
		return this.baseUrl;
	}

	/** The path of the current location, such as {@code /admin/articles/7/edit}. */
	public String currentPath() {
		return (String) script("return window.location.pathname;");
	}

	/** The fragment of the current location, with its {@code #}, or empty. */
	public String locationHash() {
		return (String) script("return window.location.hash;");
	}

	public long scrollY() {
		return ((Number) script("return Math.round(window.scrollY);")).longValue();
	}

	/** Jumps to the top at once, even where the page asks for smooth scrolling. */
	public void scrollToTop() {
		script("window.scrollTo({ top: 0, left: 0, behavior: 'instant' });");
	}

	/**
	 * Clicks the element after bringing it to the middle of the window at once: with CSS
	 * smooth scrolling, Selenium's own scrolling would still be moving when it clicks.
	 */
	public void click(WebElement element) {
		script("arguments[0].scrollIntoView({ block: 'center', behavior: 'instant' });", element);
		element.click();
	}

	/**
	 * Clicks an element that submits a form or follows a link and waits until the next
	 * page has replaced this one, so what is read next is read from the new page.
	 */
	public void clickThrough(WebElement element) {
		leavePage(() -> click(element));
	}

	/**
	 * Does what leaves this page (a click, a key that submits a form) and waits until the
	 * next page has loaded in its place.
	 */
	public void leavePage(Runnable action) {
		script("window.broadsheetLeaving = true;");
		action.run();
		new WebDriverWait(this.driver, Duration.ofSeconds(20)).ignoring(WebDriverException.class)
			.until((driver) -> Boolean.TRUE.equals(
					script("return window.broadsheetLeaving === undefined && document.readyState === 'complete';")));
	}

	/**
	 * Sends the button's form as that button would, without the browser's own checks of
	 * the fields (so the server's answer to a missing or wrong value shows), and waits
	 * for the next page.
	 */
	public void submitUnchecked(WebElement button) {
		leavePage(() -> script("arguments[0].form.noValidate = true; arguments[0].form.requestSubmit(arguments[0]);",
				button));
	}

	/** Whether the element lies wholly inside the visible part of the window. */
	public boolean isInViewport(WebElement element) {
		return (Boolean) script("const r = arguments[0].getBoundingClientRect();"
				+ " return r.height > 0 && r.top >= -1 && r.bottom <= window.innerHeight + 1;", element);
	}

	/**
	 * Whether the element is in view with its top in the upper half, where a followed
	 * link puts it.
	 */
	public boolean isInUpperHalf(WebElement element) {
		return isInViewport(element)
				&& (Boolean) script("return arguments[0].getBoundingClientRect().top < window.innerHeight / 2;",
						element);
	}

	private Object script(String script, Object... args) {
		return ((JavascriptExecutor) this.driver).executeScript(script, args);
	}

}
