package org.broadsheet.web;

import org.broadsheet.Http;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation still configured with the old
 * {@code broadsheet.replies.trusted-proxies} keeps working: the whole site, not only
 * replies, believes its proxy.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "broadsheet.replies.trusted-proxies=127.0.0.1", "management.server.port=0" })
@ActiveProfiles("test")
class DeprecatedTrustedProxiesKeyTests {

	@LocalServerPort
	int port;

	@Test
	void theOldKeyStillMakesTheProxysHttpsCount() {
		Http proxy = Http.to(this.port).header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.50");
		assertThat(proxy.get("/admin").headers().firstValue("Location")).hasValue("https://localhost/login");
		assertThat(proxy.get("/login").headers().firstValue("Set-Cookie")).hasValueSatisfying((cookie) -> {
			assertThat(cookie).contains("; Secure");
		});
	}

}
