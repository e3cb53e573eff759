package org.broadsheet.web;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers every error with the site's error page ({@code error/404}, {@code error/4xx},
 * {@code error/500} in the layout; a 5xx without a page of its own gets
 * {@code error/500}), whatever the client accepts: Boot's own controller sends JSON to a
 * client that asks for {@code *}{@code /*} or nothing in particular, and a reader's tool
 * or a crawler should get the same friendly page a browser does. Asked for directly
 * ({@code GET /error}, no error being forwarded), there is no such page: 404.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class SiteErrorController extends AbstractErrorController {

	SiteErrorController(ErrorAttributes errorAttributes, List<ErrorViewResolver> errorViewResolvers) {
		super(errorAttributes, errorViewResolvers);
	}

	@RequestMapping
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
		boolean forwarded = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null;
		HttpStatus status = forwarded ? getStatus(request) : HttpStatus.NOT_FOUND;
		Map<String, Object> model = Collections
			.unmodifiableMap(getErrorAttributes(request, ErrorAttributeOptions.defaults()));
		response.setStatus(status.value());
		ModelAndView view = resolveErrorView(request, response, status, model);
		return (view != null) ? view : new ModelAndView(StandaloneErrorPages.view(status.value()), model, status);
	}

}
