package org.broadsheet.e2e;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A story with a lead picture and a chart in its body, read in Chromium: every picture
 * arrives with its width and height, so nothing moves as they load (the cumulative layout
 * shift Lighthouse measures is 0), and the browser picks a copy from {@code srcset}.
 */
@BrowserTest
class ImageLayoutBrowserTests {

	private static final String SLUG = "open-weather-model-beats-forecasts";

	@Test
	void theStoryPageWithItsPicturesStaysUnderTenKilobytesGzipped(Browser browser) throws Exception {
		HttpResponse<byte[]> page = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(browser.baseUrl() + "/articles/" + SLUG))
				.header("Accept-Encoding", "gzip")
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(page.statusCode()).isEqualTo(200);
		ByteArrayOutputStream zipped = new ByteArrayOutputStream();
		byte[] html = page.headers().firstValue("Content-Encoding").orElse("").equals("gzip")
				? new GZIPInputStream(new ByteArrayInputStream(page.body())).readAllBytes() : page.body();
		try (GZIPOutputStream out = new GZIPOutputStream(zipped)) {
			out.write(html);
		}
		assertThat(new String(html, StandardCharsets.UTF_8)).contains("srcset=");
		assertThat(zipped.size()).as("gzipped story page").isLessThanOrEqualTo(10 * 1024);
	}

	@Test
	void picturesLoadWithoutShiftingTheLayout(Browser browser) {
		browser.open("/articles/" + SLUG);
		JavascriptExecutor js = (JavascriptExecutor) browser.driver();
		js.executeScript("window.layoutShift = 0; new PerformanceObserver((list) => { for (const entry of "
				+ "list.getEntries()) { if (!entry.hadRecentInput) { window.layoutShift += entry.value; } } })"
				+ ".observe({ type: 'layout-shift', buffered: true });");
		List<WebElement> pictures = browser.driver().findElements(By.cssSelector("img.lead-image, #story-body img"));
		assertThat(pictures).hasSize(2);
		for (WebElement picture : pictures) {
			js.executeScript("arguments[0].scrollIntoView({ block: 'center', behavior: 'instant' });", picture);
			new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until((driver) -> (Boolean) js
				.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", picture));
			assertThat(picture.getDomAttribute("width")).isNotBlank();
			assertThat(picture.getDomAttribute("height")).isNotBlank();
			assertThat((String) js.executeScript("return arguments[0].currentSrc;", picture))
				.matches(".*\\.[0-9]+w\\.[0-9a-f]{16}\\.png");
		}
		browser.scrollToTop();
		Number shift = (Number) js.executeAsyncScript(
				"const done = arguments[0]; requestAnimationFrame(() => setTimeout(() => done(window.layoutShift), 200));");
		assertThat(shift.doubleValue()).as("cumulative layout shift").isZero();
	}

}
