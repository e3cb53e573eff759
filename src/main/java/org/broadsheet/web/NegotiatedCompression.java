package org.broadsheet.web;

import jakarta.servlet.ServletRequest;
import org.apache.coyote.Request;
import org.apache.coyote.Response;
import org.apache.coyote.http11.Http11NioProtocol;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat's compression ({@code server.compression.*}), left out for answers the
 * application has already negotiated: the page cache keeps each page compressed once and
 * names {@code Accept-Encoding} in {@code Vary} itself. For every other response Tomcat
 * still decides; for a client that does not take gzip that decision re-parses and
 * rewrites the {@code Vary} header, which on a page served from memory cost about a tenth
 * of the request. The page cache marks such an answer with {@link #negotiated}; the
 * connector's protocol ({@link Protocol}) then leaves it as it is.
 */
@Component
public class NegotiatedCompression implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	/**
	 * Tomcat hands request attributes under {@code org.apache.tomcat.} to its connector.
	 */
	static final String ATTRIBUTE = "org.apache.tomcat.broadsheet.negotiated-encoding";

	/**
	 * Marks the answer to this request as negotiated by the application: its encoding and
	 * its {@code Vary} header are already right.
	 */
	public static void negotiated(ServletRequest request) {
		request.setAttribute(ATTRIBUTE, Boolean.TRUE);
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		if (TomcatServletWebServerFactory.DEFAULT_PROTOCOL.equals(factory.getProtocol())) {
			factory.setProtocol(Protocol.class.getName());
		}
	}

	/** Tomcat's NIO HTTP/1.1 protocol, skipping compression of negotiated answers. */
	public static class Protocol extends Http11NioProtocol {

		@Override
		public boolean useCompression(Request request, Response response) {
			return request.getAttribute(ATTRIBUTE) == null && super.useCompression(request, response);
		}

	}

}
