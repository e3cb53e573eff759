package org.broadsheet.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * After sign-in: back to the staff page that asked for it, or else the page the roles
 * lead to (the queue for a moderator, the dashboard for everyone else).
 */
class LandingPageSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	LandingPageSuccessHandler(RequestCache requestCache) {
		setRequestCache(requestCache);
		setDefaultTargetUrl("/admin");
	}

	@Override
	protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) {
		return landingPage(authentication);
	}

	static String landingPage(Authentication authentication) {
		boolean writes = false;
		boolean moderates = false;
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			String name = authority.getAuthority();
			writes |= Role.ADMIN.authority().equals(name) || Role.EDITOR.authority().equals(name)
					|| Role.CONTRIBUTOR.authority().equals(name);
			moderates |= Role.MODERATOR.authority().equals(name);
		}
		return (moderates && !writes) ? "/moderation" : "/admin";
	}

}
