package org.broadsheet.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@ExtendWith(OutputCaptureExtension.class)
class TrustedProxiesTests {

	@Test
	void addressesAndCidrRangesOfBothFamiliesAreTrusted() {
		TrustedProxies proxies = TrustedProxies.of("192.168.0.0/16", "::1", "2001:db8::/32", "203.0.113.7");
		assertThat(proxies.contains("192.168.44.1")).isTrue();
		assertThat(proxies.contains("192.169.0.1")).isFalse();
		assertThat(proxies.contains("0:0:0:0:0:0:0:1")).isTrue();
		assertThat(proxies.contains("2001:db8:1::2")).isTrue();
		assertThat(proxies.contains("2001:db9::2")).isFalse();
		assertThat(proxies.contains("203.0.113.7")).isTrue();
		assertThat(proxies.contains("203.0.113.8")).isFalse();
	}

	@Test
	void hostNamesAndGarbageAreNeverTrusted() {
		TrustedProxies proxies = TrustedProxies.of("0.0.0.0/0");
		assertThat(proxies.contains("example.org")).isFalse();
		assertThat(proxies.contains("<script>")).isFalse();
		assertThat(proxies.contains(null)).isFalse();
	}

	@Test
	void anEntryThatIsNotAnAddressIsAConfigurationErrorNamingIt() {
		assertThatIllegalArgumentException().isThrownBy(() -> TrustedProxies.of("proxy.internal"))
			.withMessageContaining("'proxy.internal'");
		assertThatIllegalArgumentException().isThrownBy(() -> TrustedProxies.of("10.0.0.0/33"))
			.withMessageContaining("broadsheet.trusted-proxies");
	}

	@Test
	void tomcatGetsEveryEntryAsACidrRange() {
		assertThat(TrustedProxies.of("127.0.0.1", "10.0.0.0/8", "::1").asCidrList())
			.isEqualTo("127.0.0.1/32,10.0.0.0/8,0:0:0:0:0:0:0:1/128");
	}

	@Test
	void theSettingIsACommaSeparatedList() {
		TrustedProxies proxies = new TrustedProxies(
				new MockEnvironment().withProperty("broadsheet.trusted-proxies", "10.0.0.1, 10.0.0.2"));
		assertThat(proxies.contains("10.0.0.2")).isTrue();
	}

	@Test
	void theOldRepliesKeyStillWorksWithOneWarning(CapturedOutput output) {
		TrustedProxies proxies = new TrustedProxies(
				new MockEnvironment().withProperty("broadsheet.replies.trusted-proxies", "10.0.0.1"));
		assertThat(proxies.contains("10.0.0.1")).isTrue();
		assertThat(output).containsOnlyOnce("broadsheet.replies.trusted-proxies is deprecated");
	}

	@Test
	void theNewKeyWinsOverTheOldOne(CapturedOutput output) {
		TrustedProxies proxies = new TrustedProxies(
				new MockEnvironment().withProperty("broadsheet.trusted-proxies", "10.0.0.2")
					.withProperty("broadsheet.replies.trusted-proxies", "10.0.0.1"));
		assertThat(proxies.contains("10.0.0.1")).isFalse();
		assertThat(proxies.contains("10.0.0.2")).isTrue();
		assertThat(output).contains("it is ignored");
	}

	@Test
	void withoutTheSettingNoProxyIsTrustedAndNothingIsLogged(CapturedOutput output) {
		TrustedProxies proxies = new TrustedProxies(new MockEnvironment());
		assertThat(proxies.isEmpty()).isTrue();
		assertThat(output).doesNotContain("trusted-proxies");
	}

}
