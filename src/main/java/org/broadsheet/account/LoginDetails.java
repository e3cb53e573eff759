package org.broadsheet.account;

import java.io.Serializable;

import jakarta.servlet.http.HttpServletRequest;

import org.broadsheet.web.ClientAddress;

import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.stereotype.Component;

/**
 * What sign-in knows about the request besides the credentials: the client address,
 * resolved through the trusted proxies.
 *
 * @param clientIp the client's IP address
 */
record LoginDetails(String clientIp) implements Serializable {

	@Component
	static class Source implements AuthenticationDetailsSource<HttpServletRequest, LoginDetails> {

		private final ClientAddress clientAddress;

		Source(ClientAddress clientAddress) {
			this.clientAddress = clientAddress;
		}

		@Override
		public LoginDetails buildDetails(HttpServletRequest request) {
			return new LoginDetails(this.clientAddress.of(request));
		}

	}

}
