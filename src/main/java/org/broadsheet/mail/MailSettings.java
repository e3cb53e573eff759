package org.broadsheet.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Mail settings under {@code broadsheet.mail.*}; the SMTP server itself is
 * {@code spring.mail.*}.
 *
 * @param from the sender of every message, e.g. {@code Broadsheet <news@example.org>}
 * (default: {@code noreply@} the site's host)
 * @param pollInterval how often the worker looks for mail to send
 * @param digestInterval how long held replies collect before a moderator's digest goes
 * @param followUpInterval the least time between two follow-up mails to one reader
 * @param confirmationInterval the least time between two confirmation mails to one
 * address
 * @param retryDelay the wait after the first failed send; it doubles with every failure
 * @param maxRetryDelay the longest wait between two attempts
 * @param maxAttempts attempts before a message is given up as failed
 * @param lease how long a claimed message is left to its sender before another may send
 * it (must exceed the SMTP timeouts)
 */
@ConfigurationProperties("broadsheet.mail")
record MailSettings(String from, @DefaultValue("10s") Duration pollInterval,
		@DefaultValue("1h") Duration digestInterval, @DefaultValue("1h") Duration followUpInterval,
		@DefaultValue("24h") Duration confirmationInterval, @DefaultValue("30s") Duration retryDelay,
		@DefaultValue("1h") Duration maxRetryDelay, @DefaultValue("60") int maxAttempts,
		@DefaultValue("5m") Duration lease) {

	/** The wait before attempt {@code failures + 1}: doubling, capped. */
	Duration backOff(int failures) {
		Duration delay = this.retryDelay;
		for (int i = 1; i < failures && delay.compareTo(this.maxRetryDelay) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return (delay.compareTo(this.maxRetryDelay) > 0) ? this.maxRetryDelay : delay;
	}

}
