package org.broadsheet.web;

import java.net.http.HttpResponse;

import org.broadsheet.Http;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without a trusted proxy, {@code X-Forwarded-*} headers are only the client's claims: a
 * client on plain http cannot make itself look secure, move the redirect host or change
 * its address.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
@ActiveProfiles("test")
class UntrustedForwardedHeadersTests {

	@LocalServerPort
	int port;

	Http forger() {
		return Http.to(this.port)
			.header("X-Forwarded-For", "203.0.113.41")
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Host", "news.example.org")
			.header("X-Forwarded-Port", "8443");
	}

	@Test
	void forwardedProtoFromAnyoneElseGivesNoSecureCookieAndNoHsts() {
		HttpResponse<String> login = forger().get("/login");
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.headers().allValues("Set-Cookie")).isNotEmpty().noneSatisfy((cookie) -> {
			assertThat(cookie).containsIgnoringCase("secure");
		});
		assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void forwardedHostAndProtoFromAnyoneElseDoNotMoveTheRedirect() {
		assertThat(forger().get("/admin").headers().firstValue("Location"))
			.hasValue("http://localhost:" + this.port + "/login");
	}

}
