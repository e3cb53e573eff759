package org.broadsheet.reply;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * The only state a reader carries: the details they asked us to remember, and a signed
 * list of their own replies still waiting for a moderator. Both are HttpOnly,
 * SameSite=Lax and Secure on secure requests. A reader without them gets the public,
 * cacheable page.
 */
@Component
class ReaderCookies {

	static final String AUTHOR = "bs_reply_author";

	static final String PENDING = "bs_reply_pending";

	private static final Duration REMEMBER_FOR = Duration.ofDays(365);

	private static final Duration PENDING_FOR = Duration.ofDays(30);

	private static final int MAX_PENDING = 20;

	private static final String SEPARATOR = "\u0000";

	private final SigningKey key;

	ReaderCookies(SigningKey key) {
		this.key = key;
	}

	/** Whether the request carries any reply cookie (its page is then personal). */
	boolean hasAny(HttpServletRequest request) {
		return value(request, AUTHOR).isPresent() || value(request, PENDING).isPresent();
	}

	Optional<ReplyAuthor> rememberedAuthor(HttpServletRequest request) {
		return value(request, AUTHOR).flatMap(ReaderCookies::decodeAuthor);
	}

	void remember(ReplyAuthor author, HttpServletRequest request, HttpServletResponse response) {
		String joined = String.join(SEPARATOR, author.name(), author.email(),
				(author.website() != null) ? author.website() : "");
		String encoded = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(joined.getBytes(StandardCharsets.UTF_8));
		set(response, request, AUTHOR, encoded, REMEMBER_FOR);
	}

	void forget(HttpServletRequest request, HttpServletResponse response) {
		if (value(request, AUTHOR).isPresent()) {
			set(response, request, AUTHOR, "", Duration.ZERO);
		}
	}

	/** The reader's own replies awaiting moderation, if the cookie's signature holds. */
	List<Long> pendingIds(HttpServletRequest request) {
		Optional<String> value = value(request, PENDING);
		if (value.isEmpty()) {
			return List.of();
		}
		int dot = value.get().lastIndexOf('.');
		if (dot < 1 || !this.key.verify("pending\n" + value.get().substring(0, dot), value.get().substring(dot + 1))) {
			return List.of();
		}
		try {
			return Arrays.stream(value.get().substring(0, dot).split("-")).map(Long::valueOf).toList();
		}
		catch (NumberFormatException ex) {
			return List.of();
		}
	}

	void addPending(long replyId, HttpServletRequest request, HttpServletResponse response) {
		List<Long> ids = new ArrayList<>(pendingIds(request));
		ids.remove(Long.valueOf(replyId));
		ids.add(replyId);
		List<Long> kept = ids.subList(Math.max(0, ids.size() - MAX_PENDING), ids.size());
		String list = kept.stream().map(String::valueOf).collect(Collectors.joining("-"));
		set(response, request, PENDING, list + "." + this.key.sign("pending\n" + list), PENDING_FOR);
	}

	private static void set(HttpServletResponse response, HttpServletRequest request, String name, String value,
			Duration maxAge) {
		ResponseCookie cookie = ResponseCookie.from(name, value)
			.path("/")
			.maxAge(maxAge)
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

	private static Optional<String> value(HttpServletRequest request, String name) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		return Arrays.stream(cookies)
			.filter((cookie) -> cookie.getName().equals(name) && cookie.getValue() != null
					&& !cookie.getValue().isEmpty())
			.map(Cookie::getValue)
			.findFirst();
	}

	private static Optional<ReplyAuthor> decodeAuthor(String value) {
		try {
			String decoded = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
			String[] parts = decoded.split(SEPARATOR, -1);
			if (parts.length != 3) {
				return Optional.empty();
			}
			String website = parts[2].isEmpty() ? null : limit(parts[2], 200);
			return Optional.of(new ReplyAuthor(limit(parts[0], 245), limit(parts[1], 100), website));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static String limit(String text, int max) {
		return (text.length() > max) ? text.substring(0, max) : text;
	}

}
