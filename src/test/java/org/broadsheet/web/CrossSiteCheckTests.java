package org.broadsheet.web;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class CrossSiteCheckTests {

	CrossSiteCheck check = new CrossSiteCheck(
			new SiteProperties("Broadsheet", "https://news.example", ZoneId.of("UTC"), "en"));

	static MockHttpServletRequest request(String host, String origin, String fetchSite) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/articles/a/replies");
		request.setServerName("internal");
		request.setServerPort(8080);
		request.addHeader("Host", host);
		if (origin != null) {
			request.addHeader("Origin", origin);
		}
		if (fetchSite != null) {
			request.addHeader("Sec-Fetch-Site", fetchSite);
		}
		return request;
	}

	@Test
	void aSameOriginPostPasses() {
		assertThat(this.check.isCrossSite(request("localhost:8080", "http://localhost:8080", "same-origin"))).isFalse();
	}

	@Test
	void thePublicSiteUrlPassesBehindAProxy() {
		assertThat(this.check.isCrossSite(request("internal:8080", "https://news.example", null))).isFalse();
	}

	@Test
	void anotherOriginIsCrossSite() {
		assertThat(this.check.isCrossSite(request("localhost:8080", "https://evil.example", null))).isTrue();
		assertThat(this.check.isCrossSite(request("localhost:8080", "http://localhost:9090", null))).isTrue();
		assertThat(this.check.isCrossSite(request("localhost:8080", "null", null))).isTrue();
	}

	@Test
	void fetchMetadataOtherThanSameOriginIsCrossSite() {
		assertThat(this.check.isCrossSite(request("localhost:8080", null, "cross-site"))).isTrue();
		assertThat(this.check.isCrossSite(request("localhost:8080", null, "same-site"))).isTrue();
		assertThat(this.check.isCrossSite(request("localhost:8080", null, "none"))).isFalse();
	}

	@Test
	void oldClientsWithoutHeadersPass() {
		assertThat(this.check.isCrossSite(request("localhost:8080", null, null))).isFalse();
	}

	@Test
	void defaultPortsCompareEqual() {
		assertThat(this.check.isCrossSite(request("example.org", "https://example.org:443", null))).isFalse();
	}

}
