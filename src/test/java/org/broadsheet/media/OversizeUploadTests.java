package org.broadsheet.media;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An image over {@code broadsheet.media.max-size}, sent through the real servlet
 * container (which refuses the body before any controller runs), gives the upload form
 * again with a clear problem, not an error page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "broadsheet.media.max-size=16KB", "broadsheet.content.dir=target/test-content-oversize",
				"broadsheet.admin-password=" + OversizeUploadTests.PASSWORD })
@ActiveProfiles("test")
class OversizeUploadTests {

	static final String PASSWORD = "oversize-upload-pass-2026";

	private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern ACTION = Pattern.compile("action=\"(/admin/media[^\"]*)\"");

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@Test
	void anImageALittleOverTheLimitShowsTheUploadFormWithTheProblem() throws Exception {
		signIn();
		HttpResponse<String> response = upload(image(20 * 1024));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("The image is larger than 16 KB")
			.contains("id=\"media-file\"")
			.contains("role=\"alert\"")
			.contains("value=\"A harbour at dusk\"");
	}

	@Test
	void anImageFarOverTheLimitIsSentBackToTheUploadFormWithTheProblem() throws Exception {
		signIn();
		HttpResponse<String> response = upload(image(3 * 1024 * 1024));
		assertThat(response.statusCode()).isEqualTo(303);
		String location = response.headers().firstValue("Location").orElseThrow();
		assertThat(location).isEqualTo("/admin/media?too-large");
		HttpResponse<String> form = get(location);
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("The image is larger than 16 KB").contains("id=\"media-file\"");
	}

	@Test
	void anImageUnderTheLimitIsStored() throws Exception {
		signIn();
		HttpResponse<String> response = upload(TestImages.png(3, 2));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("![A harbour at dusk](/media/media/");
	}

	private static byte[] image(int size) {
		byte[] image = new byte[size];
		System.arraycopy(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }, 0, image, 0, 8);
		return image;
	}

	private void signIn() throws Exception {
		String token = token(get("/login").body());
		String form = "username=admin&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(token, StandardCharsets.UTF_8);
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).get().asString().doesNotContain("error");
	}

	private HttpResponse<String> upload(byte[] image) throws Exception {
		String page = get("/admin/media").body();
		Matcher action = ACTION.matcher(page);
		assertThat(action.find()).isTrue();
		return upload(action.group(1).replace("&amp;", "&"), token(page), image);
	}

	private HttpResponse<String> upload(String action, String token, byte[] image) throws Exception {
		String boundary = "----broadsheet-test-boundary";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n--"
						+ boundary + "\r\nContent-Disposition: form-data; name=\"alt\"\r\n\r\nA harbour at dusk\r\n--"
						+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"harbour.png\"\r\n"
						+ "Content-Type: image/png\r\n\r\n")
					.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(image);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return this.http.send(HttpRequest.newBuilder(uri(action))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String token(String page) {
		Matcher matcher = TOKEN.matcher(page);
		assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
		return matcher.group(1);
	}

}
