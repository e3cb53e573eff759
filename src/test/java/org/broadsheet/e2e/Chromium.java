package org.broadsheet.e2e;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Where Chromium and its driver live (Debian's {@code chromium} and
 * {@code chromium-driver} packages by default, or {@code BROADSHEET_CHROMIUM} and
 * {@code BROADSHEET_CHROMEDRIVER}), and how to start it headless with no network of its
 * own. Both paths are given to Selenium, so Selenium Manager never downloads anything.
 */
record Chromium(Path browser, Path driver) {

	static final String INSTALL_HINT = "sudo apt-get install chromium chromium-driver";

	private static final List<String> BROWSERS = List.of("chromium", "chromium-browser", "google-chrome");

	private static final List<String> DRIVERS = List.of("chromedriver");

	static Optional<Chromium> find() {
		Optional<Path> browser = locate("BROADSHEET_CHROMIUM", BROWSERS);
		Optional<Path> driver = locate("BROADSHEET_CHROMEDRIVER", DRIVERS);
		return browser.flatMap((b) -> driver.map((d) -> new Chromium(b, d)));
	}

	static String missingMessage() {
		return "Chromium or chromedriver not found (looked for /usr/bin/chromium and /usr/bin/chromedriver);"
				+ " browser tests need them: " + INSTALL_HINT;
	}

	ChromeDriver start() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(this.browser.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
				"--no-first-run", "--no-default-browser-check", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--disable-quic", "--disable-extensions",
				"--disable-default-apps", "--window-size=1024,640");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(this.driver.toFile())
			.usingAnyFreePort()
			.withTimeout(Duration.ofSeconds(30))
			.build();
		return new ChromeDriver(service, options);
	}

	private static Optional<Path> locate(String variable, List<String> names) {
		String configured = System.getenv(variable);
		if (configured != null && !configured.isBlank()) {
			return Optional.of(Path.of(configured)).filter(Files::isExecutable);
		}
		String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
		return Stream.concat(Stream.of("/usr/bin"), Stream.of(path.split(File.pathSeparator)))
			.filter((dir) -> !dir.isBlank())
			.flatMap((dir) -> names.stream().map((name) -> Path.of(dir, name)))
			.filter(Files::isExecutable)
			.findFirst();
	}

}
