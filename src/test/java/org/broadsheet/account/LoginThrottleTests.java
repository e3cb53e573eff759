package org.broadsheet.account;

import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.broadsheet.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.account.LoginThrottle.Verdict.ADDRESS_BLOCKED;
import static org.broadsheet.account.LoginThrottle.Verdict.ALLOWED;
import static org.broadsheet.account.LoginThrottle.Verdict.PAIR_LOCKED;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
class LoginThrottleTests {

	@Autowired
	LoginFailureRepository failures;

	@Autowired
	LoginBlockRepository blocks;

	MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));

	SimpleMeterRegistry registry = new SimpleMeterRegistry();

	LoginThrottle throttle;

	@BeforeEach
	void setUp() {
		this.throttle = new LoginThrottle(this.failures, this.blocks,
				new LoginProperties(5, 50, Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofMinutes(10)),
				this.clock, this.registry);
	}

	/** A sign-in with a wrong password, as the provider makes it. */
	LoginThrottle.Verdict fail(String username, String clientIp) {
		LoginThrottle.Verdict claimed = this.throttle.claim(username, clientIp);
		return (claimed != ALLOWED) ? claimed : this.throttle.recordFailure(username, clientIp);
	}

	@Test
	void attemptsAreCountedBeforeTheirPasswordsAreChecked() {
		for (int i = 0; i < 5; i++) {
			assertThat(this.throttle.claim("admin", "203.0.113.9")).isEqualTo(ALLOWED);
		}
		assertThat(this.throttle.claim("admin", "203.0.113.9")).isEqualTo(PAIR_LOCKED);
		assertThat(this.throttle.claim("admin", "203.0.113.9")).isEqualTo(PAIR_LOCKED);
		assertThat(this.failures.count()).as("refused attempts are not counted").isEqualTo(5);
		assertThat(this.throttle.claim("editor", "203.0.113.9")).isEqualTo(ALLOWED);
	}

	@Test
	void fifthFailureLocksThatUserFromThatAddressOnly() {
		for (int i = 0; i < 4; i++) {
			assertThat(fail("admin", "203.0.113.9")).isEqualTo(ALLOWED);
			this.clock.advance(Duration.ofMinutes(2));
		}
		assertThat(fail("Admin", "203.0.113.9")).isEqualTo(PAIR_LOCKED);
		assertThat(this.throttle.check("admin", "203.0.113.9")).isEqualTo(PAIR_LOCKED);
		assertThat(this.throttle.check("admin", "198.51.100.7")).isEqualTo(ALLOWED);
		assertThat(this.throttle.check("editor", "203.0.113.9")).isEqualTo(ALLOWED);
		assertThat(this.registry.counter("broadsheet.login.failures").count()).isEqualTo(5);
		assertThat(this.registry.counter("broadsheet.login.lockouts", "scope", "user").count()).isEqualTo(1);
	}

	@Test
	void lockLiftsAfterTheLockDuration() {
		for (int i = 0; i < 5; i++) {
			fail("admin", "203.0.113.9");
		}
		this.clock.advance(Duration.ofMinutes(14));
		assertThat(this.throttle.check("admin", "203.0.113.9")).isEqualTo(PAIR_LOCKED);
		this.clock.advance(Duration.ofMinutes(2));
		assertThat(this.throttle.check("admin", "203.0.113.9")).isEqualTo(ALLOWED);
		assertThat(fail("admin", "203.0.113.9")).isEqualTo(ALLOWED);
	}

	@Test
	void failuresSpreadOverMoreThanTheWindowDoNotLock() {
		for (int i = 0; i < 10; i++) {
			assertThat(fail("admin", "203.0.113.9")).isEqualTo(ALLOWED);
			this.clock.advance(Duration.ofMinutes(4));
		}
	}

	@Test
	void fiftyFailuresFromOneAddressBlockItForEveryUsername() {
		for (int i = 0; i < 49; i++) {
			assertThat(fail("user" + i, "203.0.113.9")).isEqualTo(ALLOWED);
		}
		assertThat(fail("user49", "203.0.113.9")).isEqualTo(ADDRESS_BLOCKED);
		assertThat(this.throttle.check("admin", "203.0.113.9")).isEqualTo(ADDRESS_BLOCKED);
		assertThat(this.throttle.check("admin", "198.51.100.7")).isEqualTo(ALLOWED);
		assertThat(this.registry.counter("broadsheet.login.lockouts", "scope", "address").count()).isEqualTo(1);
		assertThat(this.registry.counter("broadsheet.login.lockouts", "scope", "user").count()).isZero();
	}

	@Test
	void successClearsEarlierFailuresOfThePair() {
		for (int i = 0; i < 4; i++) {
			fail("admin", "203.0.113.9");
		}
		this.throttle.recordSuccess("admin", "203.0.113.9");
		assertThat(fail("admin", "203.0.113.9")).isEqualTo(ALLOWED);
	}

	@Test
	void blankAndOverlongUsernamesAreCountedWithoutBlockingTheAddress() {
		for (int i = 0; i < 5; i++) {
			fail("", "203.0.113.9");
			fail("x".repeat(500), "203.0.113.9");
		}
		assertThat(this.throttle.check("admin", "203.0.113.9")).isEqualTo(ALLOWED);
		assertThat(this.throttle.check("", "203.0.113.9")).isEqualTo(PAIR_LOCKED);
	}

	@Test
	void sweepForgetsOldFailuresAndExpiredBlocks() {
		for (int i = 0; i < 5; i++) {
			fail("admin", "203.0.113.9");
		}
		this.clock.advance(Duration.ofMinutes(31));
		this.throttle.sweep();
		assertThat(this.failures.count()).isZero();
		assertThat(this.blocks.count()).isZero();
	}

}
