package org.broadsheet.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

/**
 * The client's IP address. It is the socket peer, unless the peer is one of the trusted
 * proxies in {@code broadsheet.trusted-proxies} (addresses or CIDR ranges, comma
 * separated): then it is the right-most {@code X-Forwarded-For} entry that is not itself
 * a trusted proxy. A client cannot forge its address by sending the header itself.
 */
@Component("siteClientAddress")
public class ClientAddress {

	private final List<IpAddressMatcher> trustedProxies;

	ClientAddress(
			@Value("${broadsheet.trusted-proxies:${broadsheet.replies.trusted-proxies:}}") List<String> trustedProxies) {
		this.trustedProxies = trustedProxies.stream()
			.map(String::strip)
			.filter((proxy) -> !proxy.isEmpty())
			.map(IpAddressMatcher::new)
			.toList();
	}

	public String of(HttpServletRequest request) {
		String peer = request.getRemoteAddr();
		if (!isTrusted(peer)) {
			return peer;
		}
		List<String> hops = forwardedFor(request);
		Collections.reverse(hops);
		String client = peer;
		for (String hop : hops) {
			if (!looksLikeAddress(hop)) {
				return client;
			}
			client = hop;
			if (!isTrusted(hop)) {
				return hop;
			}
		}
		return client;
	}

	private boolean isTrusted(String address) {
		if (!looksLikeAddress(address)) {
			return false;
		}
		return this.trustedProxies.stream().anyMatch((matcher) -> matcher.matches(address));
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

	private static boolean looksLikeAddress(String value) {
		if (value == null || value.isEmpty() || value.length() > 45) {
			return false;
		}
		boolean colon = value.indexOf(':') >= 0;
		for (char c : value.toCharArray()) {
			boolean ok = Character.isDigit(c) || c == '.' || (colon && (c == ':' || Character.digit(c, 16) >= 0));
			if (!ok) {
				return false;
			}
		}
		return true;
	}

}
