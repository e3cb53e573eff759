package org.broadsheet;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client for tests on a real port, the way a proxy or a script talks to the
 * portal: headers exactly as given (X-Forwarded-* included), no redirects followed, no
 * cookies kept unless passed on.
 */
public final class Http {

	private static final HttpClient CLIENT = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final int port;

	private final List<String> headers;

	private Http(int port, List<String> headers) {
		this.port = port;
		this.headers = headers;
	}

	public static Http to(int port) {
		return new Http(port, List.of());
	}

	/** The same client, sending one more header on every request. */
	public Http header(String name, String value) {
		List<String> more = new ArrayList<>(this.headers);
		more.add(name);
		more.add(value);
		return new Http(this.port, List.copyOf(more));
	}

	public HttpResponse<String> get(String path) {
		return send(request(path).GET());
	}

	/** A form post as a browser on this site sends it (same-origin). */
	public HttpResponse<String> postForm(String path, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map((entry) -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
			.collect(Collectors.joining("&"));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.header("Origin", "http://localhost:" + this.port)
			.header("Sec-Fetch-Site", "same-origin")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** The value of a hidden form field on a page, such as a token. */
	public static String field(String page, String name) {
		Matcher matcher = Pattern.compile("name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]+)\"").matcher(page);
		if (!matcher.find()) {
			throw new IllegalStateException("No field " + name + " on the page");
		}
		return matcher.group(1);
	}

	/** The name=value part of every Set-Cookie, joined for a Cookie header. */
	public static String cookies(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.map((cookie) -> cookie.split(";", 2)[0])
			.collect(Collectors.joining("; "));
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(30));
		for (int i = 0; i < this.headers.size(); i += 2) {
			builder.header(this.headers.get(i), this.headers.get(i + 1));
		}
		return builder;
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
