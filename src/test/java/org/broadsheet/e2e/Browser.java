package org.broadsheet.e2e;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

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

	/** The fragment of the current location, with its {@code #}, or empty. */
	public String locationHash() {
		return (String) script("return window.location.hash;");
	}

	public long scrollY() {
		return ((Number) script("return Math.round(window.scrollY);")).longValue();
	}

	public void scrollToTop() {
		script("window.scrollTo(0, 0);");
	}

	/** Whether the element lies wholly inside the visible part of the window. */
	public boolean isInViewport(WebElement element) {
		return (Boolean) script("const r = arguments[0].getBoundingClientRect();"
				+ " return r.height > 0 && r.top >= -1 && r.bottom <= window.innerHeight + 1;", element);
	}

	private Object script(String script, Object... args) {
		return ((JavascriptExecutor) this.driver).executeScript(script, args);
	}

}
