package org.broadsheet.reply;

import java.time.Duration;
import java.time.Instant;

import org.springframework.modulith.NamedInterface;

/**
 * A valid reply form as the rules see it.
 *
 * @param articleId the story replied to
 * @param author name, email and website as typed (trimmed)
 * @param text the reply as typed
 * @param honeypot the value of the field people never see
 * @param sinceRendered how long ago the form was rendered (from its signed token)
 * @param ipHash the salted hash of the client address
 * @param userAgentHash the salted hash of the browser's user agent
 * @param now when it was posted
 */
@NamedInterface("api")
public record Submission(long articleId, ReplyAuthor author, String text, String honeypot, Duration sinceRendered,
		String ipHash, String userAgentHash, Instant now) {

	/** Every field a reader typed, for word lists. */
	String allFields() {
		return String.join("\n", this.author.name(), this.author.email(),
				(this.author.website() != null) ? this.author.website() : "", this.text);
	}

}
