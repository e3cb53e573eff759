package org.broadsheet.reply;

import jakarta.servlet.http.HttpServletRequest;
import org.broadsheet.web.ClientAddress;

import org.springframework.stereotype.Component;

/**
 * Salted hashes that recognise a poster again without keeping their address: the client
 * address and user agent are hashed with the site's secret, never stored raw.
 */
@Component
class Posters {

	private final ClientAddress addresses;

	private final SigningKey key;

	Posters(ClientAddress addresses, SigningKey key) {
		this.addresses = addresses;
		this.key = key;
	}

	String ipHash(HttpServletRequest request) {
		return this.key.hash("ip\n" + this.addresses.of(request));
	}

	String userAgentHash(HttpServletRequest request) {
		String agent = request.getHeader("User-Agent");
		return this.key.hash("ua\n" + ((agent != null) ? agent : ""));
	}

	/** One reader's mark on one reply, so each reader reports a reply once. */
	String reporterHash(HttpServletRequest request, long replyId) {
		return this.key.hash("report\n" + replyId + "\n" + this.addresses.of(request));
	}

}
