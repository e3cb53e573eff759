package org.broadsheet.web;

import java.net.http.HttpResponse;

import org.broadsheet.BehindTrustedProxy;
import org.broadsheet.Http;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a trusted proxy (127.0.0.1, where these requests come from) the proxy's
 * {@code X-Forwarded-*} headers decide the scheme, host and port: over https every cookie
 * is {@code Secure}, HSTS is sent and redirects stay on https; over plain http none of
 * that.
 */
@BehindTrustedProxy
class TrustedProxyTests {

	@LocalServerPort
	int port;

	Http proxy() {
		return Http.to(this.port).header("X-Forwarded-For", "203.0.113.40");
	}

	Http proxyOverHttps() {
		return proxy().header("X-Forwarded-Proto", "https");
	}

	@Test
	void httpsAtTheProxyMakesTheSessionCookieSecureAndSendsHsts() {
		HttpResponse<String> login = proxyOverHttps().get("/login");
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.headers().allValues("Set-Cookie")).isNotEmpty().allSatisfy((cookie) -> {
			assertThat(cookie).contains("; Secure");
		});
		assertThat(login.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying((hsts) -> {
			assertThat(hsts).contains("max-age=");
		});
	}

	@Test
	void httpsAtTheProxyKeepsTheSignInRedirectOnHttps() {
		HttpResponse<String> admin = proxyOverHttps().get("/admin");
		assertThat(admin.statusCode()).isEqualTo(302);
		assertThat(admin.headers().firstValue("Location")).hasValue("https://localhost/login");
	}

	@Test
	void theProxysHostAndPortAreBelieved() {
		HttpResponse<String> admin = proxyOverHttps().header("X-Forwarded-Host", "news.example.org")
			.header("X-Forwarded-Port", "8443")
			.get("/admin");
		assertThat(admin.headers().firstValue("Location")).hasValue("https://news.example.org:8443/login");
	}

	@Test
	void plainHttpAtTheProxyHasNoSecureCookieNoHstsAndAnHttpRedirect() {
		HttpResponse<String> login = proxy().get("/login");
		assertThat(login.headers().allValues("Set-Cookie")).isNotEmpty().noneSatisfy((cookie) -> {
			assertThat(cookie).containsIgnoringCase("secure");
		});
		assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(proxy().get("/admin").headers().firstValue("Location"))
			.hasValue("http://localhost:" + this.port + "/login");
	}

}
