package org.broadsheet.e2e;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The article page {@code /articles/{slug}} as a reader sees it.
 */
final class StoryPage {

	private final Browser browser;

	private StoryPage(Browser browser) {
		this.browser = browser;
	}

	static StoryPage open(Browser browser, String slug) {
		browser.open("/articles/" + slug);
		return new StoryPage(browser);
	}

	List<WebElement> headlines() {
		return this.browser.driver().findElements(By.tagName("h1"));
	}

	/**
	 * The section heading of the story body whose own text (without its permalink) is
	 * given.
	 */
	WebElement sectionHeading(String text) {
		return this.browser.driver()
			.findElements(By.cssSelector("#story-body h2, #story-body h3"))
			.stream()
			.filter((heading) -> ownText(heading).equals(text))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No section heading \"" + text + "\" on " + url()));
	}

	/**
	 * The link that leads to a heading: its entry in "In this story" when there is one,
	 * else its permalink.
	 */
	WebElement linkTo(WebElement heading) {
		String id = heading.getDomAttribute("id");
		List<WebElement> toc = this.browser.driver().findElements(By.cssSelector("#toc a[href='#" + id + "']"));
		return toc.isEmpty() ? permalinkOf(heading) : toc.get(0);
	}

	WebElement permalinkOf(WebElement heading) {
		return heading.findElement(By.cssSelector("a[href='#" + heading.getDomAttribute("id") + "']"));
	}

	void scrollToTop() {
		this.browser.scrollToTop();
	}

	void follow(WebElement link) {
		this.browser.click(link);
	}

	/**
	 * Waits (smooth scrolling may be on) until the element is in view near the top of the
	 * window, where following a link to it puts it.
	 */
	boolean scrollsIntoView(WebElement element) {
		try {
			new WebDriverWait(this.browser.driver(), Duration.ofSeconds(5))
				.until((driver) -> this.browser.isInUpperHalf(element));
			return true;
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			return false;
		}
	}

	boolean isInViewport(WebElement element) {
		return this.browser.isInViewport(element);
	}

	String locationHash() {
		return this.browser.locationHash();
	}

	private String url() {
		return this.browser.driver().getCurrentUrl();
	}

	private static String ownText(WebElement heading) {
		String text = heading.getText();
		for (WebElement link : heading.findElements(By.cssSelector("a.permalink"))) {
			String linkText = link.getText();
			if (!linkText.isEmpty() && text.endsWith(linkText)) {
				text = text.substring(0, text.length() - linkText.length());
			}
		}
		return text.strip();
	}

}
