package org.broadsheet.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.broadsheet.NuChecker;
import org.jsoup.Jsoup;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks pages as a staff member reaches them: each page the browser shows goes through
 * {@link Axe} and a check that every field error is tied to its field (aria-describedby
 * both ways), and the HTML the server sent for it is kept; {@link #assertClean()} then
 * runs the {@link NuChecker} once over all of them and fails with every problem, each
 * named by its page.
 */
final class PageAudit {

	private static final String FETCH = """
			const done = arguments[arguments.length - 1];
			fetch(arguments[0], { credentials: 'same-origin' })
			  .then((response) => response.text()).then(done, (error) => done('fetch failed: ' + error));
			""";

	private static final String FETCH_SUBMITTED = """
			const submitter = arguments[0], form = submitter.form, done = arguments[arguments.length - 1];
			const data = new FormData(form, submitter);
			const multipart = form.getAttribute('enctype') === 'multipart/form-data';
			fetch(new URL(form.getAttribute('action'), location.href), { method: 'POST',
			    body: multipart ? data : new URLSearchParams(data), credentials: 'same-origin' })
			  .then((response) => response.text()).then(done, (error) => done('fetch failed: ' + error));
			""";

	/**
	 * Every field error is named by its field, and every invalid field names its error.
	 */
	private static final String FORM_ERRORS = """
			const problems = [];
			document.querySelectorAll('form .error:not([role=alert])').forEach((error) => {
			  if (!error.id || !document.querySelector('[aria-describedby~="' + error.id + '"]')) {
			    problems.push('error not tied to its field by aria-describedby: ' + error.textContent.trim());
			  }
			});
			document.querySelectorAll('[aria-invalid=true]').forEach((field) => {
			  const ids = (field.getAttribute('aria-describedby') || '').split(/\\s+/);
			  if (!ids.some((id) => document.getElementById(id)?.classList.contains('error'))) {
			    problems.push('invalid field #' + field.id + ' does not name its error');
			  }
			});
			return problems;
			""";

	private final Browser browser;

	private final Path dir;

	private final Axe axe = Axe.find();

	private final NuChecker nu = NuChecker.find();

	private final List<String> problems = new ArrayList<>();

	private final List<Path> files = new ArrayList<>();

	PageAudit(Browser browser, Path dir) {
		this.browser = browser;
		this.dir = dir;
	}

	/**
	 * Checks the page shown now; its HTML is fetched again from its address in the same
	 * session.
	 */
	void check(String name) {
		check(name, (String) js().executeAsyncScript(FETCH, this.browser.driver().getCurrentUrl()));
	}

	/** Checks the page shown now, which the server sent as this HTML. */
	void check(String name, String html) {
		assertThat(Jsoup.parse(html).title()).as("title of the HTML kept for " + name)
			.isEqualTo(this.browser.driver().getTitle());
		this.axe.violations(this.browser).forEach((violation) -> this.problems.add(name + ": axe " + violation));
		((List<?>) js().executeScript(FORM_ERRORS)).forEach((problem) -> this.problems.add(name + ": " + problem));
		Path file = this.dir.resolve(name + ".html");
		try {
			Files.writeString(file, html, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		this.files.add(file);
	}

	/**
	 * Sends the button's form (skipping the browser's own checks of the fields) and
	 * checks the page the server answers with.
	 */
	void submit(String name, WebElement button) {
		String html = htmlOfSubmitting(button);
		this.browser.submitUnchecked(button);
		check(name, html);
	}

	/** Sends the button's form like {@link #submit} and checks the errors it shows. */
	void submitWithErrors(String name, WebElement button) {
		String html = htmlOfSubmitting(button);
		this.browser.submitUnchecked(button);
		assertThat(this.browser.driver().findElements(By.cssSelector(".error"))).as("errors shown on " + name)
			.isNotEmpty();
		check(name, html);
	}

	/**
	 * The HTML the server answers when the button's form is sent, fetched beside the page
	 * without leaving it (what the form changes, it changes). The browser's own checks of
	 * the fields are skipped.
	 */
	String htmlOfSubmitting(WebElement button) {
		return (String) js().executeAsyncScript(FETCH_SUBMITTED, button);
	}

	/** Fails with every axe violation and Nu error on the pages checked so far. */
	void assertClean() throws Exception {
		List<String> all = new ArrayList<>(this.problems);
		this.nu.errors(this.files).forEach((error) -> all.add("Nu " + error));
		assertThat(all).as("accessibility and HTML problems on " + this.files.size() + " pages").isEmpty();
	}

	private JavascriptExecutor js() {
		return (JavascriptExecutor) this.browser.driver();
	}

}
