package org.broadsheet.web;

import org.apache.coyote.Request;
import org.apache.coyote.Response;
import org.junit.jupiter.api.Test;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;

import static org.assertj.core.api.Assertions.assertThat;

class NegotiatedCompressionTests {

	@Test
	void tomcatStillCompressesAnswersTheApplicationLeftToIt() {
		NegotiatedCompression.Protocol protocol = protocol();
		Request request = gzipRequest();

		assertThat(protocol.useCompression(request, htmlResponse(request))).isTrue();
	}

	@Test
	void answersThePageCacheNegotiatedAreLeftAsTheyAre() {
		NegotiatedCompression.Protocol protocol = protocol();
		Request request = gzipRequest();
		request.setAttribute(NegotiatedCompression.ATTRIBUTE, Boolean.TRUE);

		assertThat(protocol.useCompression(request, htmlResponse(request))).isFalse();
	}

	@Test
	void theDefaultConnectorIsReplacedButAChosenOneIsKept() {
		TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
		new NegotiatedCompression().customize(factory);
		assertThat(factory.getProtocol()).isEqualTo(NegotiatedCompression.Protocol.class.getName());

		TomcatServletWebServerFactory chosen = new TomcatServletWebServerFactory();
		chosen.setProtocol("org.apache.coyote.http11.Http11Nio2Protocol");
		new NegotiatedCompression().customize(chosen);
		assertThat(chosen.getProtocol()).isEqualTo("org.apache.coyote.http11.Http11Nio2Protocol");
	}

	private static NegotiatedCompression.Protocol protocol() {
		NegotiatedCompression.Protocol protocol = new NegotiatedCompression.Protocol();
		protocol.setCompression("on");
		protocol.setCompressibleMimeType("text/html");
		return protocol;
	}

	private static Request gzipRequest() {
		Request request = new Request();
		request.getMimeHeaders().addValue("Accept-Encoding").setString("gzip");
		return request;
	}

	private static Response htmlResponse(Request request) {
		Response response = new Response();
		response.setRequest(request);
		response.setContentType("text/html;charset=UTF-8");
		response.setContentLength(20_000);
		return response;
	}

}
