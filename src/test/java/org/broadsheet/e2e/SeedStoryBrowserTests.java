package org.broadsheet.e2e;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed story, read in a real browser: its headline, its section heading and the link
 * that takes a reader straight to that section.
 */
@BrowserTest
class SeedStoryBrowserTests {

	private static final String SLUG = "lee-jae-myung-visits-china";

	private static final String HEADLINE = "South Korean President Lee Jae Myung Visits China to Strengthen Trade and Ease Regional Tensions";

	private static final String SECTION = "Trade, AI, and K-Pop on the Agenda";

	@Test
	void headlineIsTheOnlyH1(Browser browser) {
		StoryPage page = StoryPage.open(browser, SLUG);

		assertThat(page.headlines()).singleElement().extracting(WebElement::getText).isEqualTo(HEADLINE);
		assertThat(browser.driver().getTitle()).contains(HEADLINE);
	}

	@Test
	void sectionHeadingIsAnH2WithAnId(Browser browser) {
		StoryPage page = StoryPage.open(browser, SLUG);

		WebElement heading = page.sectionHeading(SECTION);
		assertThat(heading.getTagName()).isEqualTo("h2");
		assertThat(heading.getDomAttribute("id")).isNotBlank();
		assertThat(page.permalinkOf(heading).getDomAttribute("href")).isEqualTo("#" + heading.getDomAttribute("id"));
	}

	@Test
	void linkToTheSectionScrollsItIntoView(Browser browser) {
		StoryPage page = StoryPage.open(browser, SLUG);
		WebElement heading = page.sectionHeading(SECTION);
		page.scrollToTop();
		assertThat(page.isInViewport(heading)).as("section starts below the first screen").isFalse();

		page.follow(page.linkTo(heading));

		assertThat(page.locationHash()).isEqualTo("#" + heading.getDomAttribute("id"));
		assertThat(page.scrollsIntoView(heading)).as("section heading scrolled into view").isTrue();
		assertThat(browser.scrollY()).isPositive();
	}

	@Test
	void sharedPermalinkOpensTheStoryAtTheSection(Browser browser) {
		String id = StoryPage.open(browser, SLUG).sectionHeading(SECTION).getDomAttribute("id");

		StoryPage page = StoryPage.open(browser, SLUG + "#" + id);

		assertThat(page.locationHash()).isEqualTo("#" + id);
		assertThat(page.scrollsIntoView(page.sectionHeading(SECTION))).isTrue();
	}

}
