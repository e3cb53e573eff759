package org.broadsheet.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

/**
 * Refuses posts that a browser says came from another site: {@code Sec-Fetch-Site} other
 * than same-origin (or none), or an {@code Origin} that is neither this request's host
 * nor the configured site URL. Old clients that send neither header are let through; the
 * form's own token (the reply form's signed token, the staff pages' CSRF token) still
 * protects them. The reply form and every staff POST use it.
 */
@Component
public class CrossSiteCheck {

	private final String siteAuthority;

	CrossSiteCheck(SiteProperties site) {
		this.siteAuthority = authority(site.siteUrl());
	}

	public boolean isCrossSite(HttpServletRequest request) {
		String site = request.getHeader("Sec-Fetch-Site");
		if (site != null && !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none")) {
			return true;
		}
		String origin = request.getHeader("Origin");
		if (origin == null) {
			return false;
		}
		String from = authority(origin);
		if (from == null) {
			return true;
		}
		String scheme = origin.substring(0, Math.max(0, origin.indexOf(':')));
		return !(from.equals(this.siteAuthority) || from.equals(authority(scheme + "://" + request.getHeader("Host")))
				|| from.equals(authority(scheme + "://" + request.getServerName() + ":" + request.getServerPort())));
	}

	/**
	 * host[:port] in lower case, without the scheme's default port; null if unparsable.
	 */
	private static String authority(String url) {
		if (url == null) {
			return null;
		}
		try {
			URI uri = new URI(url.strip());
			if (uri.getHost() == null || uri.getScheme() == null) {
				return null;
			}
			String host = uri.getHost().toLowerCase(Locale.ROOT);
			int port = uri.getPort();
			String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
			boolean defaultPort = port == -1 || (scheme.equals("https") && port == 443)
					|| (scheme.equals("http") && port == 80);
			return defaultPort ? host : host + ":" + port;
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

}
