package org.broadsheet.account;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.broadsheet.web.CrossSiteCheck;

import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a change to a staff page (sign-in and out, the admin, moderation) that the
 * browser says came from another site, with the 403 page, before the CSRF token is read:
 * the same {@link CrossSiteCheck} as the reply form, as defence in depth against a leaked
 * token or an attacker on a sibling host.
 */
class StaffCrossSiteFilter extends OncePerRequestFilter {

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private final RequestMatcher staffPages;

	private final CrossSiteCheck crossSite;

	StaffCrossSiteFilter(RequestMatcher staffPages, CrossSiteCheck crossSite) {
		this.staffPages = staffPages;
		this.crossSite = crossSite;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!SAFE_METHODS.contains(request.getMethod()) && this.staffPages.matches(request)
				&& this.crossSite.isCrossSite(request)) {
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
			return;
		}
		chain.doFilter(request, response);
	}

}
