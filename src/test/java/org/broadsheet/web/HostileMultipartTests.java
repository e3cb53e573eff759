package org.broadsheet.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.broadsheet.feed.DiscoveryTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Multipart bodies the server cannot read, sent byte for byte to every kind of URL (staff
 * upload, sign-in, reply form, public pages): each is a 4xx page in the site layout,
 * never a 500, whether or not the URL takes uploads and before any CSRF check reads the
 * form.
 */
@DiscoveryTest
@ExtendWith(OutputCaptureExtension.class)
class HostileMultipartTests {

	static final String BOUNDARY = "XyZ";

	static final String[] URLS = { "/admin/media", "/login", "/articles/lee-jae-myung-visits-china/replies", "/",
			"/search", "/moderation/erase/find", "/admin/users", "/no/such/page" };

	@LocalServerPort
	int port;

	RawHttp http;

	@BeforeEach
	void connect() {
		this.http = new RawHttp(this.port);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/media", "/login", "/articles/lee-jae-myung-visits-china/replies", "/", "/search",
			"/moderation/erase/find", "/admin/users", "/no/such/page", "/error" })
	void aFileNameWithANulByteIsA400Page(String url, CapturedOutput output) throws IOException {
		String body = part("name=\"file\"; filename=\"a\u0000b.png\"", "image/png", "png") + field("_csrf", "x") + "--"
				+ BOUNDARY + "--\r\n";
		HostileRequestTests.assertErrorPage(send(url, body), 400);
		HostileRequestTests.assertNoErrorLogged(output);
	}

	@ParameterizedTest
	@ValueSource(strings = { "multipart/mixed", "multipart/related", "Multipart/Form-Data" })
	void aNulByteInAnyMultipartTypeIsA400Page(String type, CapturedOutput output) throws IOException {
		String body = part("name=\"file\"; filename=\"a\u0000b.png\"", "image/png", "png") + "--" + BOUNDARY + "--\r\n";
		for (String url : URLS) {
			RawHttp.Answer answer = this.http.send("POST", url, type + "; boundary=" + BOUNDARY,
					body.getBytes(StandardCharsets.UTF_8));
			assertThat(answer.status()).as(url + " " + type).isBetween(400, 499);
			assertThat(answer.body()).as(url).contains("id=\"main\"").doesNotContain("Exception");
		}
		HostileRequestTests.assertNoErrorLogged(output);
	}

	@ParameterizedTest
	@ValueSource(strings = { "name=\"fi\u0000le\"; filename=\"a.png\"", "name=\"file\"; filename=\"a\u0000\"",
			"name=\"file\"; filename=\"\u0000\"", "name=\"file\"; filename=\"../../etc/passwd\u0000.png\"",
			"name=\"a\u0000b\"" })
	void otherNulBytesInPartHeadersAreRefusedEverywhere(String disposition, CapturedOutput output) throws IOException {
		String body = part(disposition, "image/png", "png") + "--" + BOUNDARY + "--\r\n";
		for (String url : URLS) {
			RawHttp.Answer answer = send(url, body);
			assertThat(answer.status()).as(url + " " + disposition).isBetween(400, 499);
			assertThat(answer.body()).as(url).contains("id=\"main\"").doesNotContain("Exception");
		}
		HostileRequestTests.assertNoErrorLogged(output);
	}

	@ParameterizedTest
	@ValueSource(strings = { "unterminated", "no-boundary", "garbage" })
	void malformedMultipartBodiesAreNeverAServerError(String kind, CapturedOutput output) throws IOException {
		String body = switch (kind) {
			case "unterminated" -> part("name=\"file\"; filename=\"a.png\"", "image/png", "png");
			case "garbage" -> "\u0000\u0001\u0002 not multipart at all";
			default -> field("alt", "x");
		};
		for (String url : URLS) {
			RawHttp.Answer answer = this.http.send("POST", url,
					kind.equals("no-boundary") ? "multipart/form-data" : "multipart/form-data; boundary=" + BOUNDARY,
					body.getBytes(StandardCharsets.UTF_8));
			assertThat(answer.status()).as(url + " " + kind).isBetween(400, 499);
			assertThat(answer.body()).as(url).doesNotContain("Exception");
		}
		HostileRequestTests.assertNoErrorLogged(output);
	}

	private RawHttp.Answer send(String url, String body) throws IOException {
		return this.http.send("POST", url, "multipart/form-data; boundary=" + BOUNDARY,
				body.getBytes(StandardCharsets.UTF_8));
	}

	private static String part(String disposition, String type, String content) {
		return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; " + disposition + "\r\nContent-Type: " + type
				+ "\r\n\r\n" + content + "\r\n";
	}

	private static String field(String name, String value) {
		return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
	}

}
