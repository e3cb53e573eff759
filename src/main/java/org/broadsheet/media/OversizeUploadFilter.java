package org.broadsheet.media;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends an upload too large to read back to the upload form with its size problem
 * (post/redirect/get), before the servlet container parses the body: the container would
 * refuse it with a bare 413 before the CSRF check or any controller ran. The body is read
 * and dropped first (up to a bound), so the browser, still sending it, sees the answer.
 * Uploads within the request limit are parsed as usual and the controller checks the
 * image's own size.
 */
class OversizeUploadFilter extends OncePerRequestFilter {

	/** The most of an oversize body read and dropped; beyond it the connection closes. */
	static final long DRAIN_LIMIT = 256L * 1024 * 1024;

	private final long requestLimit;

	OversizeUploadFilter(long requestLimit) {
		this.requestLimit = requestLimit;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String type = request.getContentType();
		return !"POST".equals(request.getMethod()) || !MediaUploadController.PATH.equals(path) || type == null
				|| !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		if (length <= this.requestLimit) {
			chain.doFilter(request, response);
			return;
		}
		if (length <= DRAIN_LIMIT) {
			drain(request.getInputStream());
		}
		else {
			response.setHeader(HttpHeaders.CONNECTION, "close");
		}
		response.setStatus(HttpStatus.SEE_OTHER.value());
		response.setHeader(HttpHeaders.LOCATION,
				request.getContextPath() + MediaUploadController.PATH + "?" + MediaUploadController.TOO_LARGE);
	}

	private static void drain(InputStream body) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		int read;
		while (total < DRAIN_LIMIT && (read = body.read(buffer)) != -1) {
			total += read;
		}
	}

}
