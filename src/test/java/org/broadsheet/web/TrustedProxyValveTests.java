package org.broadsheet.web;

import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.Test;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;

import static org.assertj.core.api.Assertions.assertThat;

class TrustedProxyValveTests {

	@Test
	void tomcatTrustsExactlyTheConfiguredProxiesOfBothFamilies() {
		TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
		new TrustedProxyValve(TrustedProxies.of("10.0.0.0/8", "::1", "fd00::/8")).customize(factory);
		assertThat(factory.getEngineValves()).singleElement().isInstanceOfSatisfying(RemoteIpValve.class, (valve) -> {
			assertThat(valve.getInternalProxies().split(",\\s*")).containsExactlyInAnyOrder("10.0.0.0/8",
					"0:0:0:0:0:0:0:1/128", "fd00:0:0:0:0:0:0:0/8");
			assertThat(valve.getTrustedProxies()).isNull();
			assertThat(valve.getProtocolHeader()).isEqualTo("X-Forwarded-Proto");
			assertThat(valve.getHostHeader()).isEqualTo("X-Forwarded-Host");
			assertThat(valve.getPortHeader()).isEqualTo("X-Forwarded-Port");
		});
	}

	@Test
	void aRemoteIpValveWithBootsDefaultsIsReplaced() {
		TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
		RemoteIpValve bootsDefault = new RemoteIpValve();
		factory.addEngineValves(bootsDefault);
		new TrustedProxyValve(TrustedProxies.of("192.0.2.7")).customize(factory);
		assertThat(factory.getEngineValves()).singleElement()
			.isNotSameAs(bootsDefault)
			.extracting((valve) -> ((RemoteIpValve) valve).getInternalProxies())
			.isEqualTo("192.0.2.7/32");
	}

	@Test
	void withoutTrustedProxiesTomcatBelievesNoForwardedHeaders() {
		TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
		factory.addEngineValves(new RemoteIpValve());
		new TrustedProxyValve(TrustedProxies.of()).customize(factory);
		assertThat(factory.getEngineValves()).noneMatch(RemoteIpValve.class::isInstance);
	}

}
