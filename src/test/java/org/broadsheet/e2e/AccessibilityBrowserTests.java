package org.broadsheet.e2e;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every reader page, rendered in Chromium, has no violations in the {@link Axe} engine
 * (WCAG 2.1 A and AA rules plus axe's best practices). The staff pages are checked the
 * same way, and with the Nu HTML checker, in {@link EditorAccessibilityBrowserTests},
 * {@link ModerationAccessibilityBrowserTests} and
 * {@link AccountAccessibilityBrowserTests}.
 */
@BrowserTest
class AccessibilityBrowserTests {

	@ParameterizedTest
	@ValueSource(strings = { "/", "/articles/lee-jae-myung-visits-china", "/articles/record-swift-count",
			"/sections/world", "/tags/birds", "/authors/eleanor-whitcombe", "/search?q=swifts",
			"/search?q=nothing-matches-this", "/search", "/articles/no-such-story", "/login" })
	void readerPageHasNoAxeViolations(String path, Browser browser) {
		Axe axe = Axe.find();
		browser.open(path);

		assertThat(axe.violations(browser)).as("axe violations on " + path).isEmpty();
	}

}
