package org.broadsheet.web;

import java.util.List;

import org.apache.catalina.Valve;
import org.apache.catalina.valves.RemoteIpValve;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Tomcat's remote-IP handling, driven by {@link TrustedProxies}: from a trusted proxy
 * {@code X-Forwarded-For}, {@code -Proto}, {@code -Host} and {@code -Port} set the client
 * address, scheme, {@code isSecure()}, host and port, so cookies get {@code Secure},
 * redirects stay on https and HSTS is sent; from anyone else the same headers are
 * ignored. It replaces any remote-IP valve Boot configured (Boot's default would trust
 * every private address), and runs last so it wins.
 */
@Component
class TrustedProxyValve implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	private final TrustedProxies trustedProxies;

	TrustedProxyValve(TrustedProxies trustedProxies) {
		this.trustedProxies = trustedProxies;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		List<Valve> valves = factory.getEngineValves()
			.stream()
			.filter((valve) -> !(valve instanceof RemoteIpValve))
			.toList();
		factory.setEngineValves(valves);
		if (!this.trustedProxies.isEmpty()) {
			factory.addEngineValves(valve(this.trustedProxies));
		}
	}

	static RemoteIpValve valve(TrustedProxies trustedProxies) {
		RemoteIpValve valve = new RemoteIpValve();
		valve.setInternalProxies(trustedProxies.asCidrList());
		valve.setTrustedProxies(null);
		valve.setRemoteIpHeader("X-Forwarded-For");
		valve.setProtocolHeader("X-Forwarded-Proto");
		valve.setHostHeader("X-Forwarded-Host");
		valve.setPortHeader("X-Forwarded-Port");
		return valve;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
