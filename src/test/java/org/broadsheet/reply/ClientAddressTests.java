package org.broadsheet.reply;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ClientAddressTests {

	static ClientAddress trusting(String... proxies) {
		return new ClientAddress(new ReplyProperties(3, 15, 5, 2, List.of(), List.of(), true, 3, null, List.of(proxies),
				Duration.ofHours(1)));
	}

	static MockHttpServletRequest request(String peer, String forwarded) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr(peer);
		if (forwarded != null) {
			request.addHeader("X-Forwarded-For", forwarded);
		}
		return request;
	}

	@Test
	void withoutTrustedProxiesTheSocketAddressCounts() {
		assertThat(trusting().of(request("203.0.113.9", "198.51.100.1"))).isEqualTo("203.0.113.9");
	}

	@Test
	void aTrustedProxysForwardedForCounts() {
		assertThat(trusting("127.0.0.1").of(request("127.0.0.1", "198.51.100.1"))).isEqualTo("198.51.100.1");
	}

	@Test
	void anUntrustedPeerCannotForgeForwardedFor() {
		assertThat(trusting("10.0.0.1").of(request("203.0.113.9", "198.51.100.1"))).isEqualTo("203.0.113.9");
	}

	@Test
	void theRightmostUntrustedHopIsTheClientSoForgedLeftHopsDoNotCount() {
		assertThat(trusting("10.0.0.0/8").of(request("10.0.0.1", "1.2.3.4, 198.51.100.7, 10.0.0.2")))
			.isEqualTo("198.51.100.7");
	}

	@Test
	void cidrRangesAndIpv6Work() {
		ClientAddress addresses = trusting("192.168.0.0/16", "::1");
		assertThat(addresses.isTrusted("192.168.44.1")).isTrue();
		assertThat(addresses.isTrusted("192.169.0.1")).isFalse();
		assertThat(addresses.isTrusted("0:0:0:0:0:0:0:1")).isTrue();
		assertThat(addresses.isTrusted("example.org")).isFalse();
	}

	@Test
	void aProxyThatIsNotAnAddressIsAConfigurationError() {
		assertThatIllegalArgumentException().isThrownBy(() -> trusting("proxy.internal"));
	}

}
