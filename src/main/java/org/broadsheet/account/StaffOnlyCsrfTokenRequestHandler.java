package org.broadsheet.account;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Exposes the CSRF token to views only on staff pages. Public pages never see it, so no
 * form on them (Thymeleaf adds a hidden {@code _csrf} field to every POST form it can)
 * resolves the token and opens a session: a reader's page stays cookie-free and
 * cacheable. Checking submitted tokens is unchanged.
 */
class StaffOnlyCsrfTokenRequestHandler implements CsrfTokenRequestHandler {

	private final XorCsrfTokenRequestAttributeHandler delegate = new XorCsrfTokenRequestAttributeHandler();

	private final RequestMatcher staffPages;

	StaffOnlyCsrfTokenRequestHandler(RequestMatcher staffPages) {
		this.staffPages = staffPages;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
		if (this.staffPages.matches(request)) {
			this.delegate.handle(request, response, csrfToken);
		}
	}

	@Override
	public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
		return this.delegate.resolveCsrfTokenValue(request, csrfToken);
	}

}
