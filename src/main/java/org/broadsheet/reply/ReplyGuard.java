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

	/** The message key why this request is refused, if it is. */
	Optional<String> refusal(String slug, String token, HttpServletRequest request) {
		if (this.crossSite.isCrossSite(request)) {
			return Optional.of("reply.error.cross-site");
		}
		if (this.tokens.verify(slug, token).isEmpty()) {
			return Optional.of("reply.error.token");
		}
		return Optional.empty();
	}

	/**
	 * Who posts, and how long after the form was rendered (call after {@link #refusal}).
	 */
	Poster poster(String slug, String token, HttpServletRequest request) {
		Instant now = this.clock.instant();
		Instant issued = this.tokens.verify(slug, token).orElse(now);
		Duration since = Duration.between(issued, now);
		return new Poster(this.posters.ipHash(request), this.posters.userAgentHash(request),
				since.isNegative() ? Duration.ZERO : since, now);
	}

	String reporterHash(HttpServletRequest request, long replyId) {
		return this.posters.reporterHash(request, replyId);
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
