package org.broadsheet.web;

import java.io.IOException;
import java.io.Writer;
import java.util.function.Supplier;

import jakarta.servlet.ServletContext;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's last-resort error report, replaced by the site's error page. It runs only when
 * nothing else answered: requests refused before they reach the application, or an error
 * page that failed itself.
 */
class SiteErrorReportValve extends ErrorReportValve {

	private final StandaloneErrorPages pages;

	private final Supplier<ServletContext> servletContext;

	SiteErrorReportValve(StandaloneErrorPages pages, Supplier<ServletContext> servletContext) {
		this.pages = pages;
		this.servletContext = servletContext;
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		String html = this.pages.render(status, this.servletContext.get(), request.getRequest(),
				response.getResponse());
		try {
			response.setContentType("text/html");
			response.setCharacterEncoding("utf-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(html);
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client has gone; nothing more to say
		}
	}

}
