package org.broadsheet.reply;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Cache headers for every page showing a {@link ReplySection}: personal pages (the
 * reader's cookies, or a form they posted) are {@code private, no-store}; the shared page
 * may be kept by a CDN for a minute and is revalidated by browsers, so a poster coming
 * back from the form never sees a stale copy without their reply. A {@code Cache-Control}
 * set by the page itself is kept for shared pages.
 */
@Configuration(proxyBeanMethods = false)
class ReplyCaching implements WebMvcConfigurer, HandlerInterceptor {

	static final String PERSONAL = "private, no-store";

	static final String SHARED = "public, max-age=0, s-maxage=60";

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (modelAndView == null) {
			return;
		}
		ReplySection section = modelAndView.getModel()
			.values()
			.stream()
			.filter(ReplySection.class::isInstance)
			.map(ReplySection.class::cast)
			.findFirst()
			.orElse(null);
		if (section == null) {
			return;
		}
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
