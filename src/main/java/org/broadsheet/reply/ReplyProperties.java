package org.broadsheet.reply;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Reply settings under {@code broadsheet.replies.*}: every threshold the spam rules use.
 *
 * @param minSeconds a form posted sooner than this after it was rendered is spam
 * @param floodSeconds the least time between two replies from one client address
 * @param maxDepth how deep threads nest (1 means no replies to replies)
 * @param linksToHold a reply with this many links or more waits for a moderator
 * @param disallowedWords words that make a reply spam, in any field
 * @param moderationWords words that make a reply wait for a moderator
 * @param previouslyApprovedTrusted approve at once when the same name and email already
 * have an approved reply
 * @param reportsToHold readers' reports that take an approved reply back to the queue
 * @param closeAfterDays close replies on stories older than this many days (unset: never)
 * @param formTokenLifetime how long a rendered form may be posted
 */
@Validated
@ConfigurationProperties("broadsheet.replies")
record ReplyProperties(@DefaultValue("3") @PositiveOrZero int minSeconds,
		@DefaultValue("15") @PositiveOrZero int floodSeconds, @DefaultValue("5") @Positive int maxDepth,
		@DefaultValue("2") @Positive int linksToHold, @DefaultValue List<String> disallowedWords,
		@DefaultValue List<String> moderationWords, @DefaultValue("true") boolean previouslyApprovedTrusted,
		@DefaultValue("3") @Positive int reportsToHold, @Positive Integer closeAfterDays,
		@DefaultValue("24h") @DurationMin(minutes = 1) Duration formTokenLifetime) {

	/** The defaults, for tests and tools. */
	static ReplyProperties defaults() {
		return new ReplyProperties(3, 15, 5, 2, List.of(), List.of(), true, 3, null, Duration.ofHours(24));
	}

}
