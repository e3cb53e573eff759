package org.broadsheet.caching;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.broadsheet.web.NegotiatedCompression;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Serves anonymous GETs of reader pages from {@link PageCache}, keyed on the path and the
 * parameters pages read ({@link PageCacheProperties#parameters()}). Only requests without
 * cookies or credentials are answered from memory. It is a valve in Tomcat's pipeline, in
 * front of the servlet and its filters, so a page served from memory costs no more than
 * writing it (such answers are not counted in the HTTP request metrics). A request whose
 * page is not kept goes on, named for {@link PageCacheFilter} to render and keep.
 */
@Component
class PageCacheValve implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	/** The request attribute naming the page a request is to render for the cache. */
	private static final String RENDERS = PageCacheValve.class.getName() + ".renders";

	/** Set by Tomcat when some parameters could not be decoded and were dropped. */
	private static final String PARSE_FAILED = "org.apache.catalina.parameter_parse_failed";

	/** Looked up on the first request: the cache comes after the web server. */
	private final Supplier<PageCache> cache;

	PageCacheValve(ObjectProvider<PageCache> caches) {
		this.cache = SingletonSupplier.of(caches::getIfAvailable);
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextValves(new FromMemory(this.cache));
	}

	/** The key of the page this request is to render and keep, if it is to. */
	static String renderKey(HttpServletRequest request) {
		return (String) request.getAttribute(RENDERS);
	}

	/** Whether the request may be answered from memory. */
	static boolean isShared(HttpServletRequest request, PageCacheProperties properties) {
		if (!properties.enabled() || !"GET".equals(request.getMethod())) {
			return false;
		}
		if (request.getHeader(HttpHeaders.COOKIE) != null || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
			return false;
		}
		String path = request.getRequestURI();
		return (path.equals("/") || startsWithAny(path, properties.paths()))
				&& (request.getQueryString() == null || !unreadable(request));
	}

	private static boolean startsWithAny(String path, List<String> prefixes) {
		for (String prefix : prefixes) {
			if (path.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Parameters Tomcat could not decode: left to the filter that answers them with 400.
	 * Tomcat throws only on the first read, so the failure is marked where the filter
	 * looks for it.
	 */
	private static boolean unreadable(HttpServletRequest request) {
		try {
			request.getParameterMap();
		}
		catch (IllegalStateException ex) {
			request.setAttribute(PARSE_FAILED, Boolean.TRUE);
			return true;
		}
		return request.getAttribute(PARSE_FAILED) != null;
	}

	/**
	 * The path and the values of the parameters cached pages read, in a fixed order: junk
	 * parameters neither split a page into copies nor push others out.
	 */
	static String key(HttpServletRequest request, List<String> parameters) {
		if (request.getQueryString() == null) {
			return request.getRequestURI(); // a GET has no parameters but the query's
		}
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

	static void write(CachedPage page, HttpServletRequest request, HttpServletResponse response) throws IOException {
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
	 * The valve: a kept page is written at once; any other shared request goes on named
	 * for rendering, and its render is released however it ends.
	 */
	private static final class FromMemory extends ValveBase {

		private final Supplier<PageCache> cache;

		FromMemory(Supplier<PageCache> cache) {
			super(true);
			this.cache = cache;
		}

		@Override
		public void invoke(Request request, Response response) throws IOException, ServletException {
			PageCache cache = this.cache.get();
			if (cache == null || !isShared(request, cache.properties())) {
				getNext().invoke(request, response);
				return;
			}
			String key = key(request, cache.properties().parameters());
			CachedPage page = cache.get(key);
			if (page != null) {
				write(page, request, response);
				return;
			}
			request.setAttribute(RENDERS, key);
			try {
				getNext().invoke(request, response);
			}
			finally {
				cache.release(key);
			}
		}

	}

}
