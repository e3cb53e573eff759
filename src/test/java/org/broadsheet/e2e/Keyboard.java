package org.broadsheet.e2e;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person at the keyboard, without a mouse: keys go to whatever has focus (Selenium's
 * Actions, never an element's click), and each stop on the way of the TAB key must show
 * its focus.
 */
final class Keyboard {

	/**
	 * Whether the focused element is the one wanted, or what is wrong with how it shows
	 * its focus: an outline (or the browser's focus ring), a size, a place in the window.
	 */
	private static final String FOCUS = """
			const wanted = arguments[0], element = document.activeElement;
			if (!element || element === document.body) {
			  return 'nothing has focus';
			}
			const style = getComputedStyle(element), box = element.getBoundingClientRect();
			const name = element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
			  + ' "' + (element.textContent || element.value || '').replace(/\\s+/g, ' ').trim().slice(0, 40) + '"';
			if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) === 0) {
			  return 'focus not shown on ' + name;
			}
			if (box.width === 0 || box.height === 0 || box.bottom < 0 || box.top > window.innerHeight) {
			  return 'focus out of sight on ' + name;
			}
			return element === wanted ? 'reached' : 'passed ' + name;
			""";

	private final Browser browser;

	Keyboard(Browser browser) {
		this.browser = browser;
	}

	/**
	 * Presses TAB until the element has focus, checking that every stop on the way shows
	 * its focus.
	 * @return how many presses it took
	 */
	int tabTo(WebElement target, int most) {
		String last = "";
		for (int presses = 1; presses <= most; presses++) {
			press(Keys.TAB);
			last = focusAfterScrolling(target);
			assertThat(last).as("focus after " + presses + " TAB presses").matches("reached|passed .*");
			if (last.equals("reached")) {
				return presses;
			}
		}
		throw new AssertionError("Not reached in " + most + " TAB presses; last stop: " + last);
	}

	/**
	 * How the focus shows, once the window has scrolled to it (the page may scroll
	 * smoothly).
	 */
	private String focusAfterScrolling(WebElement target) {
		JavascriptExecutor js = (JavascriptExecutor) this.browser.driver();
		try {
			return new WebDriverWait(this.browser.driver(), Duration.ofSeconds(2)).until((driver) -> {
				String focus = (String) js.executeScript(FOCUS, target);
				return focus.startsWith("focus out of sight") ? null : focus;
			});
		}
		catch (TimeoutException ex) {
			return (String) js.executeScript(FOCUS, target);
		}
	}

	/**
	 * Follows the page's "Skip to content" link, its first stop: the next TAB goes to the
	 * first stop of the main content.
	 */
	void skipToContent() {
		tabTo(this.browser.driver().findElement(By.cssSelector(".skip-link")), 1);
		press(Keys.ENTER);
	}

	/** Types into what has focus. */
	void type(CharSequence text) {
		new Actions(this.browser.driver()).sendKeys(text).perform();
	}

	void press(Keys key) {
		new Actions(this.browser.driver()).sendKeys(key).perform();
	}

	/**
	 * Presses a key that leaves the page (ENTER on a link or in a form's field, SPACE on
	 * a submit button) and waits for the next page.
	 */
	void pressThrough(Keys key) {
		this.browser.leavePage(() -> press(key));
	}

	/** Whether this element has focus now. */
	boolean hasFocus(WebElement element) {
		return element.equals(this.browser.driver().switchTo().activeElement());
	}

}
