package org.broadsheet.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The axe accessibility engine (WCAG 2.1 A and AA rules plus axe's best practices) run on
 * the page a {@link Browser} shows. The engine is npm's {@code axe-core}, found through
 * the system property or environment variable {@code AXE_JS}, else
 * {@code node_modules/axe-core/axe.min.js}. Without it the calling test is skipped with
 * one line saying how to install it, except in CI ({@code CI=true}), where it fails.
 */
final class Axe {

	static final String INSTALL = "npm install --no-save --no-audit --no-fund axe-core@4";

	private static final String RUN_AXE = """
			const done = arguments[arguments.length - 1];
			axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] })
			  .then((results) => done(results.violations.map((v) =>
			    v.id + ': ' + v.help + ' at ' + v.nodes.map((n) => n.target.join(' ')).join(', '))))
			  .catch((error) => done(['axe failed: ' + error]));
			""";

	private final String source;

	private Axe(String source) {
		this.source = source;
	}

	/**
	 * The engine, or the calling test skipped (failed in CI) when it is not installed.
	 */
	static Axe find() {
		String configured = System.getProperty("AXE_JS", System.getenv("AXE_JS"));
		Path file = (configured != null && !configured.isBlank()) ? Path.of(configured)
				: Path.of("node_modules", "axe-core", "axe.min.js");
		if (!Files.isRegularFile(file)) {
			String message = "axe-core not found at " + file.toAbsolutePath() + ": install it with `" + INSTALL
					+ "` (or set AXE_JS)";
			assertThat("true".equalsIgnoreCase(System.getenv("CI"))).as(message).isFalse();
			System.err.println("SKIPPED accessibility tests: " + message);
			Assumptions.abort(message);
		}
		try {
			return new Axe(Files.readString(file, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not read " + file, ex);
		}
	}

	/** The violations on the page the browser shows now, one line each. */
	List<String> violations(Browser browser) {
		JavascriptExecutor js = (JavascriptExecutor) browser.driver();
		js.executeScript(this.source);
		Object result = js.executeAsyncScript(RUN_AXE);
		List<String> lines = new ArrayList<>();
		if (result instanceof List<?> list) {
			list.forEach((item) -> lines.add(String.valueOf(item)));
		}
		else {
			lines.add("unexpected axe result: " + result);
		}
		return lines;
	}

}
