package org.broadsheet.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Sends requests byte for byte as written (no client fixes the path or the encoding), the
 * way an attacker's script would, and reads the whole answer.
 */
final class RawHttp {

	private final int port;

	private final String from;

	RawHttp(int port) {
		this(port, "127.0.0.1");
	}

	private RawHttp(int port, String from) {
		this.port = port;
		this.from = from;
	}

	/** The same client sending from another loopback address (a reader of its own). */
	RawHttp from(String loopbackAddress) {
		return new RawHttp(this.port, loopbackAddress);
	}

	Answer get(String target) throws IOException {
		return send("GET", target, null, null);
	}

	Answer send(String method, String target, String contentType, byte[] body) throws IOException {
		ByteArrayOutputStream request = new ByteArrayOutputStream();
		StringBuilder head = new StringBuilder();
		head.append(method).append(' ').append(target).append(" HTTP/1.0\r\n");
		head.append("Host: localhost:").append(this.port).append("\r\n");
		head.append("Accept: text/html,application/xhtml+xml;q=0.9,*/*;q=0.8\r\n");
		head.append("Origin: http://localhost:").append(this.port).append("\r\n");
		head.append("Sec-Fetch-Site: same-origin\r\n");
		head.append("User-Agent: RawHttp/1.0\r\n");
		if (contentType != null) {
			head.append("Content-Type: ").append(contentType).append("\r\n");
		}
		if (body != null) {
			head.append("Content-Length: ").append(body.length).append("\r\n");
		}
		head.append("\r\n");
		request.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
		if (body != null) {
			request.write(body);
		}
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(this.from, 0));
			socket.connect(new InetSocketAddress("127.0.0.1", this.port), 10_000);
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			try {
				out.write(request.toByteArray());
				out.flush();
			}
			catch (IOException ex) {
				// the server may answer and close before reading a huge body
			}
			InputStream in = socket.getInputStream();
			return Answer.of(in.readAllBytes());
		}
	}

	/** A response: status, raw header block and body text. */
	record Answer(int status, String headers, String body) {

		static Answer of(byte[] bytes) {
			String text = new String(bytes, StandardCharsets.UTF_8);
			int split = text.indexOf("\r\n\r\n");
			String headers = (split < 0) ? text : text.substring(0, split);
			String body = (split < 0) ? "" : text.substring(split + 4);
			int status = Integer.parseInt(headers.substring(9, 12));
			return new Answer(status, headers, body);
		}

		String header(String name) {
			for (String line : this.headers.split("\r\n")) {
				if (line.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":")) {
					return line.substring(name.length() + 1).strip();
				}
			}
			return null;
		}

	}

}
