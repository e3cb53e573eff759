package org.broadsheet.account;

import java.time.Clock;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins in the database (so every instance sees them): too many for one
 * username from one address locks that pair, too many from one address blocks it. The
 * real owner signing in from elsewhere is never affected by someone else's guesses.
 */
@Service
class LoginThrottle {

	enum Verdict {

		ALLOWED, PAIR_LOCKED, ADDRESS_BLOCKED

	}

	private static final int MAX_USERNAME = 100;

	private final LoginFailureRepository failures;

	private final LoginBlockRepository blocks;

	private final LoginProperties properties;

	private final Clock clock;

	LoginThrottle(LoginFailureRepository failures, LoginBlockRepository blocks, LoginProperties properties,
			Clock clock) {
		this.failures = failures;
		this.blocks = blocks;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Verdict check(String username, String clientIp) {
		Instant now = this.clock.instant();
		if (this.blocks.existsByUsernameAndClientIpAndBlockedUntilAfter(LoginBlock.WHOLE_ADDRESS, clientIp, now)) {
			return Verdict.ADDRESS_BLOCKED;
		}
		if (this.blocks.existsByUsernameAndClientIpAndBlockedUntilAfter(key(username), clientIp, now)) {
			return Verdict.PAIR_LOCKED;
		}
		return Verdict.ALLOWED;
	}

	/**
	 * Records a failure and answers whether the pair or address is refused from now on.
	 */
	@Transactional
	Verdict recordFailure(String username, String clientIp) {
		Instant now = this.clock.instant();
		Instant since = now.minus(this.properties.window());
		Instant until = now.plus(this.properties.lockDuration());
		String user = key(username);
		this.failures.save(new LoginFailure(user, clientIp, now));
		if (this.failures.countByClientIpAndFailedAtAfter(clientIp, since) >= this.properties.maxFailuresPerAddress()) {
			this.blocks.save(new LoginBlock(LoginBlock.WHOLE_ADDRESS, clientIp, until));
			return Verdict.ADDRESS_BLOCKED;
		}
		if (this.failures.countByUsernameAndClientIpAndFailedAtAfter(user, clientIp, since) >= this.properties
			.maxFailuresPerUser()) {
			this.blocks.save(new LoginBlock(user, clientIp, until));
			return Verdict.PAIR_LOCKED;
		}
		return Verdict.ALLOWED;
	}

	@Transactional
	void recordSuccess(String username, String clientIp) {
		this.failures.deletePair(key(username), clientIp);
	}

	@Scheduled(fixedDelayString = "${broadsheet.login.sweep-interval:10m}", initialDelayString = "1m")
	@SchedulerLock(name = "login-failure-sweep", lockAtMostFor = "5m")
	@Transactional
	void sweep() {
		Instant now = this.clock.instant();
		this.failures.deleteOlderThan(now.minus(this.properties.window()));
		this.blocks.deleteExpired(now);
	}

	private static String key(String username) {
		String normalized = Usernames.normalize(username);
		if (normalized.isEmpty()) {
			return "(none)";
		}
		return (normalized.length() > MAX_USERNAME) ? normalized.substring(0, MAX_USERNAME) : normalized;
	}

}
