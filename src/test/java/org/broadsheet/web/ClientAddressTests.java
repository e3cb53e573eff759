package org.broadsheet.web;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTests {

	ClientAddress addresses = new ClientAddress(TrustedProxies.of("10.0.0.0/8", " 192.0.2.10 "));

	MockHttpServletRequest request(String peer, String forwardedFor) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr(peer);
		if (forwardedFor != null) {
			request.addHeader("X-Forwarded-For", forwardedFor);
		}
		return request;
	}

	@Test
	void untrustedPeerIsTheClientWhateverItForwards() {
		assertThat(this.addresses.of(request("203.0.113.5", "198.51.100.1"))).isEqualTo("203.0.113.5");
	}

	@Test
	void trustedProxyPassesOnTheNearestUntrustedHop() {
		assertThat(this.addresses.of(request("10.1.2.3", "198.51.100.99, 203.0.113.7, 10.9.9.9")))
			.isEqualTo("203.0.113.7");
		assertThat(this.addresses.of(request("192.0.2.10", "203.0.113.8"))).isEqualTo("203.0.113.8");
	}

	@Test
	void garbageInTheHeaderIsNotTakenAsAnAddress() {
		assertThat(this.addresses.of(request("10.1.2.3", "evil.example, <script>"))).isEqualTo("10.1.2.3");
	}

	@Test
	void trustedProxyWithoutHeaderIsTheClient() {
		assertThat(this.addresses.of(request("10.1.2.3", null))).isEqualTo("10.1.2.3");
	}

	@Test
	void noTrustedProxiesMeansTheSocketAddress() {
		ClientAddress none = new ClientAddress(TrustedProxies.of());
		assertThat(none.of(request("10.1.2.3", "203.0.113.7"))).isEqualTo("10.1.2.3");
	}

	@Test
	void ipv6ProxiesAreTrustedToo() {
		ClientAddress behindIpv6 = new ClientAddress(TrustedProxies.of("fd00::/8"));
		assertThat(behindIpv6.of(request("fd00::17", "2001:db8::5"))).isEqualTo("2001:db8::5");
		assertThat(behindIpv6.of(request("2001:db8::9", "198.51.100.1"))).isEqualTo("2001:db8::9");
	}

}
