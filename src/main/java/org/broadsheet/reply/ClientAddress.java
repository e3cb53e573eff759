package org.broadsheet.reply;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

/**
 * The client's address: the socket's peer, or, when that peer is a trusted proxy, the
 * nearest untrusted address in {@code X-Forwarded-For} (read right to left, so a client
 * cannot forge it by sending its own header).
 */
@Component
class ClientAddress {

	private static final Pattern LITERAL = Pattern.compile("[0-9a-fA-F:.]+");

	private final List<Range> trusted;

	ClientAddress(ReplyProperties properties) {
		this.trusted = properties.trustedProxies().stream().map(Range::parse).toList();
	}

	String of(HttpServletRequest request) {
		String peer = request.getRemoteAddr();
		String forwarded = request.getHeader("X-Forwarded-For");
		if (forwarded == null || !isTrusted(peer)) {
			return peer;
		}
		String[] hops = forwarded.split(",");
		for (int i = hops.length - 1; i >= 0; i--) {
			String hop = hops[i].strip();
			if (hop.isEmpty()) {
				continue;
			}
			if (!isTrusted(hop) || i == 0) {
				return hop;
			}
		}
		return peer;
	}

	boolean isTrusted(String address) {
		byte[] bytes = bytes(address);
		return bytes != null && this.trusted.stream().anyMatch((range) -> range.contains(bytes));
	}

	private static byte[] bytes(String address) {
		if (address == null || !LITERAL.matcher(address).matches()) {
			return null;
		}
		try {
			return InetAddress.getByName(address).getAddress();
		}
		catch (UnknownHostException ex) {
			return null;
		}
	}

	/** An address or a CIDR range of addresses. */
	private record Range(byte[] network, int prefix) {

		static Range parse(String text) {
			String[] parts = text.strip().split("/", 2);
			byte[] network = bytes(parts[0]);
			if (network == null) {
				throw new IllegalArgumentException("Not an IP address or CIDR range: " + text);
			}
			int prefix = (parts.length == 2) ? Integer.parseInt(parts[1]) : network.length * 8;
			return new Range(network, prefix);
		}

		boolean contains(byte[] address) {
			if (address.length != this.network.length) {
				return false;
			}
			for (int bit = 0; bit < this.prefix; bit++) {
				int mask = 0x80 >> (bit % 8);
				if ((address[bit / 8] & mask) != (this.network[bit / 8] & mask)) {
					return false;
				}
			}
			return true;
		}

	}

}
