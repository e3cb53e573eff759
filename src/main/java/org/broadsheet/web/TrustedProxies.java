package org.broadsheet.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The proxies whose {@code X-Forwarded-*} headers are believed, from
 * {@code broadsheet.trusted-proxies} ({@code BROADSHEET_TRUSTED_PROXIES}): addresses and
 * CIDR ranges, IPv4 and IPv6, comma separated. The old key
 * {@code broadsheet.replies.trusted-proxies} still works, with a warning. Empty means no
 * proxy: every header is the client's own claim and ignored.
 */
@Component
public class TrustedProxies {

	static final String KEY = "broadsheet.trusted-proxies";

	static final String DEPRECATED_KEY = "broadsheet.replies.trusted-proxies";

	private static final Log logger = LogFactory.getLog(TrustedProxies.class);

	private static final Pattern LITERAL = Pattern.compile("[0-9a-fA-F:.]+");

	private final List<Range> ranges;

	@Autowired
	TrustedProxies(Environment environment) {
		this(fromEnvironment(environment));
	}

	private TrustedProxies(List<String> entries) {
		this.ranges = entries.stream()
			.map(String::strip)
			.filter((entry) -> !entry.isEmpty())
			.map(Range::parse)
			.toList();
	}

	/** Proxies from a list of addresses and ranges, for tests and tools. */
	public static TrustedProxies of(String... entries) {
		return new TrustedProxies(Arrays.asList(entries));
	}

	private static List<String> fromEnvironment(Environment environment) {
		Binder binder = Binder.get(environment);
		List<String> value = entries(binder, KEY);
		List<String> deprecated = entries(binder, DEPRECATED_KEY);
		if (!deprecated.isEmpty()) {
			logger.warn(DEPRECATED_KEY + " is deprecated: set " + KEY + " (BROADSHEET_TRUSTED_PROXIES) instead"
					+ (value.isEmpty() ? "" : "; it is ignored because " + KEY + " is set"));
		}
		return value.isEmpty() ? deprecated : value;
	}

	private static List<String> entries(Binder binder, String key) {
		return binder.bind(key, Bindable.listOf(String.class))
			.orElse(List.of())
			.stream()
			.flatMap((entry) -> Arrays.stream(entry.split(",")))
			.map(String::strip)
			.filter((entry) -> !entry.isEmpty())
			.toList();
	}

	public boolean isEmpty() {
		return this.ranges.isEmpty();
	}

	/** Whether the address (a literal, never a host name) is one of the proxies. */
	public boolean contains(String address) {
		byte[] bytes = bytes(address);
		return bytes != null && this.ranges.stream().anyMatch((range) -> range.contains(bytes));
	}

	/** Every entry as a CIDR range, comma separated: what Tomcat's valves accept. */
	String asCidrList() {
		return this.ranges.stream().map(Range::toString).collect(Collectors.joining(","));
	}

	@Override
	public String toString() {
		return isEmpty() ? "none" : asCidrList();
	}

	static byte[] bytes(String address) {
		if (address == null || address.length() > 45 || !LITERAL.matcher(address).matches()) {
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
			String[] parts = text.split("/", 2);
			byte[] network = bytes(parts[0].strip());
			int prefix = (network != null) ? prefix(parts, network.length * 8) : -1;
			if (network == null || prefix < 0) {
				throw new IllegalArgumentException(KEY + ": '" + text + "' is not an IP address or CIDR range");
			}
			return new Range(network, prefix);
		}

		private static int prefix(String[] parts, int bits) {
			if (parts.length == 1) {
				return bits;
			}
			String digits = parts[1].strip();
			if (!digits.matches("[0-9]{1,3}") || Integer.parseInt(digits) > bits) {
				return -1;
			}
			return Integer.parseInt(digits);
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

		@Override
		public String toString() {
			try {
				return InetAddress.getByAddress(this.network).getHostAddress() + "/" + this.prefix;
			}
			catch (UnknownHostException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
