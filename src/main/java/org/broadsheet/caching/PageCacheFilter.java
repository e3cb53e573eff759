package org.broadsheet.caching;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.broadsheet.web.NegotiatedCompression;
import org.broadsheet.web.PageFreshness;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves anonymous GETs of reader pages from {@link PageCache}, keyed on the path and the
 * parameters pages read ({@link PageCacheProperties#parameters()}). Only requests without
 * cookies or credentials are cached, and only answers that are a plain 200 setting no
 * cookie and not marked private, so nothing personal is ever shared between readers. It
 * runs first of all filters, so a page served from memory costs no more than writing it:
 * such answers are not counted in the HTTP request metrics.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageCacheFilter extends OncePerRequestFilter {

	/** Set by Tomcat when some parameters could not be decoded and were dropped. */
	private static final String PARSE_FAILED = "org.apache.catalina.parameter_parse_failed";

	/** Looked up once: asking the bean factory on every request costs more than a hit. */
	private final Supplier<PageCache> cache;

	/**
	 * The cache is optional so web slice tests, which have none, pass straight through.
	 */
	PageCacheFilter(ObjectProvider<PageCache> caches) {
		this.cache = SingletonSupplier.of(caches::getIfAvailable);
	}

	private PageCache cache() {
		return this.cache.get();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		PageCache cache = cache();
		if (cache == null || !cache.properties().enabled() || !"GET".equals(request.getMethod())) {
			return true;
		}
		if (request.getHeader(HttpHeaders.COOKIE) != null || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
			return true;
		}
		String path = request.getRequestURI();
		return (!path.equals("/") && cache.properties().paths().stream().noneMatch(path::startsWith))
				|| unreadable(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		PageCache cache = cache();
		String key = key(request, cache.properties().parameters());
		PageCache.CachedPage page = cache.get(key);
		if (page != null) {
			write(page, request, response);
			return;
		}
		try {
			Rendering wrapper = new Rendering(response);
			chain.doFilter(request, wrapper);
			if (isShareable(wrapper)) {
				cache.put(key, wrapper.getStatus(), headersOf(wrapper), wrapper.getContentAsByteArray(),
						PageFreshness.noted(request));
			}
			wrapper.copyBodyToResponse();
		}
		finally {
			cache.release(key);
		}
	}

	/**
	 * The path and the values of the parameters cached pages read, in a fixed order: junk
	 * parameters neither split a page into copies nor push others out.
	 */
	static String key(HttpServletRequest request, List<String> parameters) {
		StringBuilder key = new StringBuilder(request.getRequestURI());
		char separator = '?';
		for (String name : parameters) {
			String[] values = request.getParameterValues(name);
			if (values != null) {
				for (String value : values) {
					key.append(separator).append(name).append('=').append(value);
					separator = '&';
				}
			}
		}
		return key.toString();
	}

	/**
	 * Parameters Tomcat could not decode: left to the filter that answers them with 400.
	 */
	private static boolean unreadable(HttpServletRequest request) {
		try {
			request.getParameterMap();
		}
		catch (IllegalStateException ex) {
			return true;
		}
		return request.getAttribute(PARSE_FAILED) != null;
	}

	private static boolean isShareable(ContentCachingResponseWrapper response) {
		if (response.getStatus() != HttpServletResponse.SC_OK || response.containsHeader(HttpHeaders.SET_COOKIE)) {
			return false;
		}
		String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
		if (cacheControl == null) {
			return true;
		}
		String directives = cacheControl.toLowerCase(Locale.ROOT);
		return !directives.contains("private") && !directives.contains("no-store");
	}

	/**
	 * The headers to send with the page from memory: those of its render but the length
	 * (the body may be sent compressed) and with {@code Vary} in one header that names
	 * {@code Accept-Encoding}.
	 */
	private static List<Map.Entry<String, String>> headersOf(Rendering response) {
		List<Map.Entry<String, String>> headers = new ArrayList<>();
		for (String name : response.getHeaderNames()) {
			if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH) && !name.equalsIgnoreCase(HttpHeaders.VARY)) {
				response.getHeaders(name).forEach((value) -> headers.add(Map.entry(name, value)));
			}
		}
		if (response.getContentType() != null && response.getHeader(HttpHeaders.CONTENT_TYPE) == null) {
			headers.add(Map.entry(HttpHeaders.CONTENT_TYPE, response.getContentType()));
		}
		if (response.language != null && response.getHeader(HttpHeaders.CONTENT_LANGUAGE) == null) {
			headers.add(Map.entry(HttpHeaders.CONTENT_LANGUAGE, response.language));
		}
		Set<String> varies = new LinkedHashSet<>();
		for (String vary : response.getHeaders(HttpHeaders.VARY)) {
			for (String name : vary.split(",")) {
				if (!name.isBlank()) {
					varies.add(name.strip().toLowerCase(Locale.ROOT));
				}
			}
		}
		varies.add("accept-encoding");
		headers.add(Map.entry(HttpHeaders.VARY, varies.contains("*") ? "*" : String.join(", ", varies)));
		return headers;
	}

	private static void write(PageCache.CachedPage page, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		NegotiatedCompression.negotiated(request);
		page.headers().forEach((header) -> response.addHeader(header.getKey(), header.getValue()));
		String etag = page.etag();
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (etag != null && ifNoneMatch != null && matches(ifNoneMatch, etag)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setStatus(page.status());
		byte[] body = page.body();
		if (page.gzipped() != null && acceptsGzip(request)) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			body = page.gzipped();
		}
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	/**
	 * Whether the client takes gzip: named in Accept-Encoding and not refused with q=0.
	 */
	static boolean acceptsGzip(HttpServletRequest request) {
		String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		if (accepted == null) {
			return false;
		}
		for (String coding : accepted.toLowerCase(Locale.ROOT).split(",")) {
			String[] parts = coding.split(";");
			String name = parts[0].strip();
			if (name.equals("gzip") || name.equals("*")) {
				return parts.length == 1 || !parts[1].strip().matches("q=0(\\.0*)?");
			}
		}
		return false;
	}

	private static boolean matches(String ifNoneMatch, String etag) {
		String bare = etag.startsWith("W/") ? etag.substring(2) : etag;
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.strip();
			if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(bare)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The answer being rendered, kept to be cached; it notes the page's language, which
	 * the container sends as a header of its own rather than among the others.
	 */
	private static final class Rendering extends ContentCachingResponseWrapper {

		private String language;

		Rendering(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void setLocale(Locale locale) {
			super.setLocale(locale);
			if (!isCommitted() && locale != null) {
				this.language = locale.toLanguageTag();
			}
		}

	}

}
