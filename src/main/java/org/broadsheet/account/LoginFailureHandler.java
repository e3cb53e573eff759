package org.broadsheet.account;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed sign-in back to the form with a reason in the query, without opening a
 * session to carry it.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String reason = "error";
		if (exception instanceof LoginRefusedException refused) {
			reason = (refused.verdict() == LoginThrottle.Verdict.ADDRESS_BLOCKED) ? "blocked" : "locked";
		}
		response.sendRedirect(request.getContextPath() + "/login?" + reason);
	}

}
