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
 * Renders the reader pages {@link PageCacheValve} found no copy of, and keeps what may be
 * shared: only answers that are a plain 200 setting no cookie and not marked private, so
 * nothing personal is ever shared between readers. It runs first of all filters, so the
 * kept page carries every header the others set.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageCacheFilter extends OncePerRequestFilter {

	/** Looked up once: asking the bean factory on every request costs more than a hit. */
	private final Supplier<PageCache> cache;

	/**
	 * The cache is optional so web slice tests, which have none, pass straight through.
	 */
	PageCacheFilter(ObjectProvider<PageCache> caches) {
		this.cache = SingletonSupplier.of(caches::getIfAvailable);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return PageCacheValve.renderKey(request) == null || this.cache.get() == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Rendering wrapper = new Rendering(response);
		chain.doFilter(request, wrapper);
		if (isShareable(wrapper)) {
			this.cache.get()
				.put(PageCacheValve.renderKey(request), wrapper.getStatus(), headersOf(wrapper),
						wrapper.getContentAsByteArray(), PageFreshness.noted(request));
		}
		wrapper.copyBodyToResponse();
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
		headers.add(Map.entry(HttpHeaders.VARY, varies.contains("*") ? "*" : String.join(",", varies)));
		return headers;
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
