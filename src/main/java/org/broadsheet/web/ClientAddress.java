package org.broadsheet.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

/**
 * The client's IP address, the one notion of "who is this" that every rule uses (flood,
 * duplicate, report, block, login throttle). It is the socket peer, unless the peer is
 * one of the {@link TrustedProxies}: then it is the right-most {@code X-Forwarded-For}
 * entry that is not itself a trusted proxy, so a client cannot forge its address by
 * sending the header itself. Behind Tomcat the {@link TrustedProxyValve} has already done
 * this from the same setting; resolving again changes nothing.
 */
@Component
public class ClientAddress {

	private final TrustedProxies trustedProxies;

	ClientAddress(TrustedProxies trustedProxies) {
		this.trustedProxies = trustedProxies;
	}

	public String of(HttpServletRequest request) {
		String peer = request.getRemoteAddr();
		if (!this.trustedProxies.contains(peer)) {
			return peer;
		}
		List<String> hops = forwardedFor(request);
		Collections.reverse(hops);
		String client = peer;
		for (String hop : hops) {
			if (TrustedProxies.bytes(hop) == null) {
				return client;
			}
			client = hop;
			if (!this.trustedProxies.contains(hop)) {
				return hop;
			}
		}
		return client;
	}

	private static List<String> forwardedFor(HttpServletRequest request) {
		List<String> hops = new ArrayList<>();
		for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
			for (String hop : header.split(",")) {
				if (!hop.isBlank()) {
					hops.add(hop.strip());
				}
			}
		}
		return hops;
	}

}
