package org.broadsheet.caching;

import java.io.IOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Validators and a short shared cache for public pages, feeds and sitemaps. A successful
 * GET gets a weak {@code ETag} and {@code Last-Modified} from {@link ContentVersion} and
 * {@code Cache-Control: public, max-age=...}; a matching {@code If-None-Match} (or,
 * without one, {@code If-Modified-Since}) gets {@code 304 Not Modified}. The page runs
 * first, so a page that turns out missing or personal is answered as it is: a response
 * that says {@code private} or {@code no-store}, sets a cookie, or is served within a
 * session or to a signed-in user gets nothing from this filter.
 */
class HttpCachingFilter extends OncePerRequestFilter {

	private final ContentVersion version;

	private final CachingProperties properties;

	HttpCachingFilter(ContentVersion version, CachingProperties properties) {
		this.version = version;
		this.properties = properties;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return this.properties.excludedPaths().stream().anyMatch(path::startsWith);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, wrapper);
			if (wrapper.getStatus() == HttpServletResponse.SC_OK && isShared(request, wrapper)
					&& addValidators(request, wrapper)) {
				wrapper.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
				wrapper.resetBuffer();
			}
		}
		finally {
			wrapper.copyBodyToResponse();
		}
	}

	/** Whether the response is the same for every reader (nothing personal in it). */
	private static boolean isShared(HttpServletRequest request, HttpServletResponse response) {
		String cacheControl = String.join(",", response.getHeaders(HttpHeaders.CACHE_CONTROL)).toLowerCase(Locale.ROOT);
		if (cacheControl.contains("private") || cacheControl.contains("no-store")) {
			return false;
		}
		if (response.containsHeader(HttpHeaders.SET_COOKIE) || response.containsHeader("Set-Cookie2")) {
			return false;
		}
		// A session (a login, a CSRF token in a form) or a signed-in user makes a page
		// personal
		return request.getSession(false) == null && request.getUserPrincipal() == null;
	}

	/** Add validators and cache headers; answer whether the client's copy is current. */
	private boolean addValidators(HttpServletRequest request, HttpServletResponse response) {
		String query = request.getQueryString();
		ContentVersion.Validator validator = this.version
			.validatorFor(request.getRequestURI() + ((query != null) ? "?" + query : ""));
		String etag = response.getHeader(HttpHeaders.ETAG);
		if (etag == null) {
			etag = validator.etag();
			response.setHeader(HttpHeaders.ETAG, etag);
		}
		long lastModified = validator.lastModified().toEpochMilli();
		String existing = response.getHeader(HttpHeaders.LAST_MODIFIED);
		if (existing == null) {
			response.setDateHeader(HttpHeaders.LAST_MODIFIED, lastModified);
		}
		else {
			lastModified = httpDate(existing);
		}
		if (!response.containsHeader(HttpHeaders.CACHE_CONTROL)) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=" + this.properties.maxAge().toSeconds());
		}
		return Validators.notModified(Collections.list(request.getHeaders(HttpHeaders.IF_NONE_MATCH)),
				ifModifiedSince(request), etag, lastModified);
	}

	private static long httpDate(String value) {
		try {
			return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
		}
		catch (DateTimeParseException ex) {
			return -1;
		}
	}

	private static long ifModifiedSince(HttpServletRequest request) {
		try {
			return request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
		}
		catch (IllegalArgumentException ex) {
			return -1;
		}
	}

}
