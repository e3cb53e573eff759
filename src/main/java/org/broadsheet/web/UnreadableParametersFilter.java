package org.broadsheet.web;

import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a request whose parameters cannot be read (bad percent-encoding, bytes that are
 * not UTF-8, a form larger than the server accepts; path parameters such as
 * {@code ;v=%zz}, which Tomcat leaves undecoded for Spring to trip over) with the site's
 * 400 or 413 page, before any other filter trips over them and logs a stack trace. The
 * error page itself then sees no parameters at all. Runs right after the character
 * encoding filter, so forms are read as UTF-8. A multipart body is read here too, so a
 * part the server refuses (a file name with a NUL byte, a body cut short, no boundary) is
 * a 400 on any URL rather than an exception in whichever filter reads a parameter first;
 * only an upload over the size limits is left to the page that took it (and to
 * {@code OversizeUploadFilter}, which runs before this one), so it can say what was wrong
 * with the file.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 11)
class UnreadableParametersFilter extends OncePerRequestFilter {

	private static final Log logger = LogFactory.getLog(UnreadableParametersFilter.class);

	/** Set by Tomcat when some parameters could not be decoded and were dropped. */
	static final String PARSE_FAILED = "org.apache.catalina.parameter_parse_failed";

	static final String PARSE_FAILED_REASON = "org.apache.catalina.parameter_parse_failed_reason";

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean multipart = isMultipart(request);
		int status = unreadable(request, multipart);
		if (status == 0 && request.getDispatcherType() != DispatcherType.ERROR
				&& !wellEncoded(request.getRequestURI())) {
			status = HttpServletResponse.SC_BAD_REQUEST;
		}
		if (status == 0 && multipart && request.getDispatcherType() != DispatcherType.ERROR) {
			status = unreadableParts(request);
		}
		if (status == 0) {
			chain.doFilter(request, response);
		}
		else if (request.getDispatcherType() == DispatcherType.ERROR) {
			chain.doFilter(new WithoutParameters(request), response);
		}
		else {
			response.sendError(status);
		}
	}

	/** Whether every {@code %} of the raw path starts two hex digits. */
	static boolean wellEncoded(String uri) {
		for (int i = uri.indexOf('%'); i >= 0; i = uri.indexOf('%', i + 1)) {
			if (i + 2 >= uri.length() || Character.digit(uri.charAt(i + 1), 16) < 0
					|| Character.digit(uri.charAt(i + 2), 16) < 0) {
				return false;
			}
		}
		return true;
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.regionMatches(true, 0, "multipart/", 0, "multipart/".length());
	}

	/** 0 when the parameters read, else the status to answer with. */
	private static int unreadable(HttpServletRequest request, boolean multipart) {
		int status = 0;
		try {
			request.getParameterMap();
		}
		catch (IllegalStateException ex) {
			status = (ex instanceof InvalidParameterException invalid && invalid.getErrorCode() >= 400)
					? invalid.getErrorCode() : HttpServletResponse.SC_BAD_REQUEST;
		}
		catch (RuntimeException ex) {
			// Tomcat's InvalidFileNameException (a NUL byte in a part's file name) and
			// kin
			status = HttpServletResponse.SC_BAD_REQUEST;
		}
		if (status == 0 && request.getAttribute(PARSE_FAILED) != null) {
			Object reason = request.getAttribute(PARSE_FAILED_REASON);
			boolean tooLarge = reason != null && reason.toString().equals("POST_TOO_LARGE");
			if (!(tooLarge && multipart)) {
				status = tooLarge ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
						: HttpServletResponse.SC_BAD_REQUEST;
			}
		}
		if (status != 0 && logger.isDebugEnabled()) {
			logger.debug("Refused " + LogText.escape(request.getMethod()) + " "
					+ LogText.escape(request.getRequestURI()) + " with unreadable parameters (" + status + ")");
		}
		return status;
	}

	/**
	 * 0 when the parts read (or are only over a size limit), else 400. Tomcat reads the
	 * parameters of {@code multipart/form-data} alone; any other multipart type is read
	 * here as Spring's resolver would read it.
	 */
	private static int unreadableParts(HttpServletRequest request) {
		try {
			request.getParts();
			return 0;
		}
		catch (IllegalStateException ex) {
			return 0;
		}
		catch (RuntimeException | IOException | ServletException ex) {
			return HttpServletResponse.SC_BAD_REQUEST;
		}
	}

	/**
	 * The request as the error page sees it: no parameters and no body, so nothing on the
	 * way to the page tries to read the body again.
	 */
	private static final class WithoutParameters extends HttpServletRequestWrapper {

		WithoutParameters(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

		@Override
		public String getContentType() {
			return null;
		}

		@Override
		public Collection<Part> getParts() {
			return List.of();
		}

		@Override
		public Part getPart(String name) {
			return null;
		}

	}

}
