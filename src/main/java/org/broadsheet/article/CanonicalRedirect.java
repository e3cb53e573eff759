package org.broadsheet.article;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.modulith.NamedInterface;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriUtils;

/**
 * The permanent redirect from another spelling of a slug (other case, decomposed Unicode,
 * underscores or spaces) to the address {@link Slugs#of} makes, as WordPress does. The
 * new address is on this site, keeps the request's query, and is only given when what it
 * names exists, so a redirect never leads to a 404 or to another redirect.
 */
@NamedInterface("api")
public final class CanonicalRedirect {

	private CanonicalRedirect() {
	}

	/** The canonical spelling of a requested slug, if it is another one. */
	public static Optional<String> otherSpelling(String requested) {
		String canonical = Slugs.of(requested);
		return (canonical.isEmpty() || canonical.equals(requested)) ? Optional.empty() : Optional.of(canonical);
	}

	/**
	 * The address to send the request on to: a path on this site ({@code prefix} and
	 * {@code suffix} are fixed paths around the encoded slug) with the request's query.
	 */
	public static String location(String prefix, String slug, String suffix, HttpServletRequest request) {
		String query = request.getQueryString();
		return request.getContextPath() + prefix + UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8) + suffix
				+ ((query != null) ? "?" + query : "");
	}

	/** Whether the address ends in a slash, which the canonical address never does. */
	static boolean hasTrailingSlash(HttpServletRequest request) {
		return request.getRequestURI().endsWith("/");
	}

	static ModelAndView to(String prefix, String slug, HttpServletRequest request) {
		RedirectView view = new RedirectView(location(prefix, slug, "", request));
		view.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		view.setExposeModelAttributes(false);
		view.setExpandUriTemplateVariables(false);
		return new ModelAndView(view);
	}

}
