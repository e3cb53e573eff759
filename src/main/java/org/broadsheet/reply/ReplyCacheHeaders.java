package org.broadsheet.reply;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/**
 * The cache headers of every page showing a reply section (the story page and the reply
 * form page). Personal pages (the reader's reply cookies, or a form they posted) are
 * {@code private, no-store}; the shared page may be kept by a CDN for a minute and is
 * revalidated by browsers, so a poster coming back from the form never sees a stale copy.
 * A {@code Cache-Control} already set for a shared page is kept.
 */
final class ReplyCacheHeaders {

	static final String PERSONAL = "private, no-store";

	static final String SHARED = "public, max-age=0, s-maxage=60";

	private ReplyCacheHeaders() {
	}

	/**
	 * Sets {@code Cache-Control} and {@code Vary: Cookie} for a page showing the section.
	 */
	static void apply(ReplySection section, HttpServletRequest request, HttpServletResponse response) {
		boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
		if (section.personal() || !read) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, PERSONAL);
		}
		else if (response.getHeader(HttpHeaders.CACHE_CONTROL) == null) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, SHARED);
		}
		response.addHeader(HttpHeaders.VARY, "Cookie");
	}

}
