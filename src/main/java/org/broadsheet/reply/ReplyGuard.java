package org.broadsheet.reply;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.broadsheet.web.CrossSiteCheck;

import org.springframework.stereotype.Component;

/**
 * The checks before a post is read at all: not from another site, and carrying a genuine,
 * unexpired token for this story. Passing them yields the poster's hashed identity.
 */
@Component
class ReplyGuard {

	private final CrossSiteCheck crossSite;

	private final FormTokens tokens;

	private final Posters posters;

	private final Clock clock;

	ReplyGuard(CrossSiteCheck crossSite, FormTokens tokens, Posters posters, Clock clock) {
		this.crossSite = crossSite;
		this.tokens = tokens;
		this.posters = posters;
		this.clock = clock;
	}

	/**
	 * Checks a post once: the message key why it is refused, or who posts and how long
	 * after the form was rendered.
	 */
	Entry admit(String slug, String token, HttpServletRequest request) {
		if (this.crossSite.isCrossSite(request)) {
			return Entry.refused("reply.error.cross-site");
		}
		Optional<Instant> issued = this.tokens.verify(slug, token);
		if (issued.isEmpty()) {
			return Entry.refused("reply.error.token");
		}
		Instant now = this.clock.instant();
		Duration since = Duration.between(issued.get(), now);
		return new Entry(null, new Poster(this.posters.ipHash(request), this.posters.userAgentHash(request),
				since.isNegative() ? Duration.ZERO : since, now));
	}

	/** The message key why this request is refused, if it is. */
	Optional<String> refusal(String slug, String token, HttpServletRequest request) {
		return Optional.ofNullable(admit(slug, token, request).refusal());
	}

	String reporterHash(HttpServletRequest request, long replyId) {
		return this.posters.reporterHash(request, replyId);
	}

	/**
	 * What {@link #admit} found: a refusal's message key, or the poster.
	 *
	 * @param refusal the message key why the post is refused, {@code null} when admitted
	 * @param poster who posts, {@code null} when refused
	 */
	record Entry(String refusal, Poster poster) {

		static Entry refused(String refusal) {
			return new Entry(refusal, null);
		}

		boolean isRefused() {
			return this.refusal != null;
		}

	}

	/**
	 * The poster's hashed identity and timing.
	 *
	 * @param ipHash salted hash of the client address
	 * @param userAgentHash salted hash of the user agent
	 * @param sinceRendered time since the form was rendered
	 * @param now the moment of posting
	 */
	record Poster(String ipHash, String userAgentHash, Duration sinceRendered, Instant now) {
	}

}
