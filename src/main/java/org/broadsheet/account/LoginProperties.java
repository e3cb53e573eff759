package org.broadsheet.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in throttling under {@code broadsheet.login.*}.
 *
 * @param maxFailuresPerUser failures of one username from one address that lock that pair
 * @param maxFailuresPerAddress failures from one address (any username) that block it
 * @param window how far back failures count
 * @param lockDuration how long a locked pair or a blocked address is refused
 */
@ConfigurationProperties("broadsheet.login")
record LoginProperties(@DefaultValue("5") int maxFailuresPerUser, @DefaultValue("50") int maxFailuresPerAddress,
		@DefaultValue("15m") Duration window, @DefaultValue("15m") Duration lockDuration) {

}
