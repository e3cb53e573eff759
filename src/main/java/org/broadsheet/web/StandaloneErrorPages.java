package org.broadsheet.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Renders the site's error pages for requests the server refuses before the application
 * sees them (a path that is not valid percent-encoded UTF-8, headers too large): the same
 * templates as every other error page, so readers get the site layout, never the server's
 * bare page.
 */
@Component
class StandaloneErrorPages {

	private static final Log logger = LogFactory.getLog(StandaloneErrorPages.class);

	private final ObjectProvider<ITemplateEngine> templates;

	private final MessageSource messages;

	StandaloneErrorPages(ObjectProvider<ITemplateEngine> templates, MessageSource messages) {
		this.templates = templates;
		this.messages = messages;
	}

	String render(int status, ServletContext servletContext, HttpServletRequest request, HttpServletResponse response) {
		ITemplateEngine engine = this.templates.getIfAvailable();
		if (engine != null && servletContext != null) {
			try {
				HttpServletRequest inContext = new InContext(request, servletContext);
				WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(servletContext)
					.buildExchange(inContext, response), Locale.ROOT);
				context.setVariable("status", status);
				return engine.process(view(status), context);
			}
			catch (RuntimeException ex) {
				logger.debug("Error page " + status + " fell back to plain HTML", ex);
			}
		}
		return plain(status);
	}

	static String view(int status) {
		if (status == 404) {
			return "error/404";
		}
		return (status >= 500) ? "error/500" : "error/4xx";
	}

	private String plain(int status) {
		String family = (status == 404) ? "404" : (status >= 500) ? "500" : "4xx";
		String title = HtmlUtils.htmlEscape(this.messages.getMessage("error." + family + ".title", null, Locale.ROOT));
		String message = HtmlUtils
			.htmlEscape(this.messages.getMessage("error." + family + ".message", null, Locale.ROOT));
		String home = HtmlUtils.htmlEscape(this.messages.getMessage("error.home", null, Locale.ROOT));
		return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
				+ "</title><link rel=\"stylesheet\" href=\"/css/site.css\"></head><body><main id=\"main\""
				+ " class=\"wrap error-page\"><h1>" + title + "</h1><p>" + message + "</p><p><a href=\"/\">" + home
				+ "</a></p></main></body></html>\n";
	}

	/**
	 * A request the server refused before mapping it to the application, seen as one of
	 * the application's; attributes the templates set stay in the wrapper.
	 */
	private static final class InContext extends HttpServletRequestWrapper {

		private final ServletContext servletContext;

		private final Map<String, Object> attributes = new HashMap<>();

		InContext(HttpServletRequest request, ServletContext servletContext) {
			super(request);
			this.servletContext = servletContext;
		}

		@Override
		public ServletContext getServletContext() {
			return this.servletContext;
		}

		@Override
		public String getContextPath() {
			return this.servletContext.getContextPath();
		}

		@Override
		public Object getAttribute(String name) {
			return this.attributes.containsKey(name) ? this.attributes.get(name) : super.getAttribute(name);
		}

		@Override
		public void setAttribute(String name, Object value) {
			this.attributes.put(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			this.attributes.put(name, null);
		}

	}

}
