package org.broadsheet.reply;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Builds reply form posts as a browser sends them: same-origin headers, a token rendered
 * ten seconds ago, and a distinct client address per post unless told otherwise.
 */
final class ReplyPosts {

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	private ReplyPosts() {
	}

	static String freshAddress() {
		int n = ADDRESSES.incrementAndGet();
		return "10." + ((n >> 16) & 255) + "." + ((n >> 8) & 255) + "." + (n & 255);
	}

	/** Replaces a parameter of the post. */
	static RequestPostProcessor set(String name, String value) {
		return (request) -> {
			request.setParameter(name, value);
			return request;
		};
	}

	/** Replaces a header of the post ({@code null} removes it). */
	static RequestPostProcessor withHeader(String name, String value) {
		return (request) -> {
			request.removeHeader(name);
			if (value != null) {
				request.addHeader(name, value);
			}
			return request;
		};
	}

	static String token(FormTokens tokens, String slug) {
		return tokens.issue(slug, Instant.now().minusSeconds(10));
	}

	static MockHttpServletRequestBuilder reply(FormTokens tokens, String slug, String comment) {
		return reply(tokens, slug, comment, freshAddress());
	}

	static MockHttpServletRequestBuilder reply(FormTokens tokens, String slug, String comment, String address) {
		return post("/articles/{slug}/replies", slug).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.header("Host", "localhost")
			.header("Origin", "http://localhost")
			.header("Sec-Fetch-Site", "same-origin")
			.header("User-Agent", "TestBrowser/1.0")
			.param("comment", comment)
			.param("author", "Ada Reader")
			.param("email", "reader-" + ADDRESSES.incrementAndGet() + "@example.org")
			.param("url", "https://ada.example.org/")
			.param("token", token(tokens, slug))
			.with((request) -> {
				request.setRemoteAddr(address);
				return request;
			});
	}

}
