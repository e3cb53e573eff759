package org.broadsheet.caching;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.springframework.http.HttpHeaders;

/**
 * A page kept by {@link PageCache}: its status, headers and body, the body compressed
 * once ({@code gzipped}, {@code null} when the body is too small to be worth it), its
 * {@code ETag} header if any, when it expires, and its live text ({@code live},
 * {@code null} when it has none), last written in the epoch second {@code writtenAt}.
 */
record CachedPage(int status, List<Map.Entry<String, String>> headers, byte[] body, byte[] gzipped, Instant expires,
		String etag, LiveParts live, long writtenAt) {

	/** Bodies smaller than this are not worth compressing. */
	private static final int MIN_GZIP_SIZE = 1024;

	/** A page as rendered: compressed once, its validator read from its headers. */
	static CachedPage of(int status, List<Map.Entry<String, String>> headers, byte[] body, Instant expires,
			LiveParts live, long writtenAt) {
		List<Map.Entry<String, String>> kept = List.copyOf(headers);
		return new CachedPage(status, kept, body, gzip(body), expires, header(kept, HttpHeaders.ETAG), live, writtenAt);
	}

	/** The same page with its live text written again. */
	CachedPage rewritten(LiveParts.Written written, long second) {
		return new CachedPage(this.status, this.headers, written.body(), gzip(written.body()), this.expires, this.etag,
				written.live(), second);
	}

	String header(String name) {
		return header(this.headers, name);
	}

	private static String header(List<Map.Entry<String, String>> headers, String name) {
		return headers.stream()
			.filter((header) -> header.getKey().equalsIgnoreCase(name))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
	}

	/** The body compressed, or {@code null} when it is too small to be worth it. */
	private static byte[] gzip(byte[] body) {
		if (body.length < MIN_GZIP_SIZE) {
			return null;
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length / 3);
		try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
			out.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}
