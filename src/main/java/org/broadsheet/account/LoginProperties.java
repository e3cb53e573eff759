package org.broadsheet.account;

import java.time.Duration;

import jakarta.validation.constraints.Positive;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Sign-in throttling under {@code broadsheet.login.*}.
 *
 * @param maxFailuresPerUser failures of one username from one address that lock that pair
 * @param maxFailuresPerAddress failures from one address (any username) that block it
 * @param window how far back failures count
 * @param lockDuration how long a locked pair or a blocked address is refused
 * @param sweepInterval how often expired failures and blocks are deleted (the sweep's
 * schedule reads this key)
 */
@Validated
@ConfigurationProperties("broadsheet.login")
record LoginProperties(@DefaultValue("5") @Positive int maxFailuresPerUser,
		@DefaultValue("50") @Positive int maxFailuresPerAddress,
		@DefaultValue("15m") @DurationMin(seconds = 1) Duration window,
		@DefaultValue("15m") @DurationMin(seconds = 1) Duration lockDuration,
		@DefaultValue("10m") @DurationMin(seconds = 1) Duration sweepInterval) {

}
