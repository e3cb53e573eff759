package org.broadsheet.account;

import java.time.Clock;
import java.time.Instant;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins in the database (so every instance sees them): too many for one
 * username from one address locks that pair, too many from one address blocks it. The
 * real owner signing in from elsewhere is never affected by someone else's guesses.
 * <p>
 * An attempt is counted before its password is checked ({@link #claim}): its row is
 * committed first, then the rows are counted, so of any number of simultaneous guesses,
 * on one instance or several, no more reach the password check than the limits leave.
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

	private final Counter failureCount;

	private final Counter userLockouts;

	private final Counter addressLockouts;

	LoginThrottle(LoginFailureRepository failures, LoginBlockRepository blocks, LoginProperties properties, Clock clock,
			MeterRegistry registry) {
		this.failures = failures;
		this.blocks = blocks;
		this.properties = properties;
		this.clock = clock;
		this.failureCount = registry.counter("broadsheet.login.failures");
		this.userLockouts = registry.counter("broadsheet.login.lockouts", "scope", "user");
		this.addressLockouts = registry.counter("broadsheet.login.lockouts", "scope", "address");
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
	 * Counts an attempt before its password is checked, and answers whether it may go on.
	 * Not one transaction on purpose: the attempt's row is committed before counting, so
	 * two simultaneous attempts each see the other. Between them they may both be refused
	 * near the limit, never both let through past it. A refused attempt is not counted.
	 */
	Verdict claim(String username, String clientIp) {
		Verdict blocked = check(username, clientIp);
		if (blocked != Verdict.ALLOWED) {
			return blocked;
		}
		Instant now = this.clock.instant();
		Instant since = now.minus(this.properties.window());
		String user = key(username);
		LoginFailure attempt = this.failures.save(new LoginFailure(user, clientIp, now));
		Verdict verdict = Verdict.ALLOWED;
		if (this.failures.countByClientIpAndFailedAtAfter(clientIp, since) > this.properties.maxFailuresPerAddress()) {
			verdict = Verdict.ADDRESS_BLOCKED;
		}
		else if (this.failures.countByUsernameAndClientIpAndFailedAtAfter(user, clientIp, since) > this.properties
			.maxFailuresPerUser()) {
			verdict = Verdict.PAIR_LOCKED;
		}
		if (verdict != Verdict.ALLOWED) {
			this.failures.delete(attempt);
		}
		return verdict;
	}

	/**
	 * Keeps a {@link #claim claimed} attempt as a failure and answers whether the pair or
	 * address is refused from now on. Counted as {@code broadsheet.login.failures}, and a
	 * new lock as {@code broadsheet.login.lockouts} by scope (user or address).
	 */
	@Transactional
	Verdict recordFailure(String username, String clientIp) {
		this.failureCount.increment();
		Verdict verdict = lockAfterFailure(username, clientIp);
		if (verdict == Verdict.PAIR_LOCKED) {
			this.userLockouts.increment();
		}
		else if (verdict == Verdict.ADDRESS_BLOCKED) {
			this.addressLockouts.increment();
		}
		return verdict;
	}

	private Verdict lockAfterFailure(String username, String clientIp) {
		Instant now = this.clock.instant();
		Instant since = now.minus(this.properties.window());
		Instant until = now.plus(this.properties.lockDuration());
		String user = key(username);
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
