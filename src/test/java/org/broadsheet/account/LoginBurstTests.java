package org.broadsheet.account;

import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A burst of simultaneous guesses never gets more passwords checked than the limits allow
 * (5 per username and address, 50 per address), even spread over two instances.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class LoginBurstTests {

	static final String PASSWORD = "the right burst password";

	@Autowired
	ApplicationContext context;

	LoginBurst burst;

	@BeforeEach
	void setUp() {
		StaffUsers.ensure(this.context, "burst-editor", PASSWORD, Role.EDITOR);
		this.burst = new LoginBurst(this.context);
	}

	@Test
	void afterFourFailuresABurstOfGuessesGetsOneMoreAndTheRightPasswordIsThenRefused() throws Exception {
		assertBurstStaysWithinTheLimit(this.burst, "burst-editor", PASSWORD, "203.0.113.41");
	}

	@Test
	void aBurstOverManyUsernamesGetsNoMoreThanTheAddressLimitChecked() throws Exception {
		List<String> usernames = IntStream.range(0, 64).mapToObj((i) -> "burst-user-" + i).toList();
		this.burst.signInAtOnce(usernames, "wrong password", "203.0.113.42");
		assertThat(this.burst.wrongPasswordsChecked("203.0.113.42")).isBetween(1L, 50L);
	}

	@Test
	void theLockIsLoggedOnceWithTheTypedUsernameEscaped(CapturedOutput output) {
		String forged = "2026-12-03T05:00:00.000Z ERROR 1 --- [main] o.b.account.Admin : ";
		String username = "nobody\n" + forged + "admin password reset";
		for (int i = 0; i < 4; i++) {
			assertThat(this.burst.signIn(username, "wrong password", "203.0.113.43")).isFalse();
		}
		assertThatExceptionOfType(LoginRefusedException.class)
			.isThrownBy(() -> this.burst.signIn(username, "wrong password", "203.0.113.43"));
		assertThat(output.getAll()).containsOnlyOnce("Locked sign-in as 'nobody\\n" + forged);
		assertThat(output.getAll().lines()).noneMatch((line) -> line.startsWith(forged));
	}

	static void assertBurstStaysWithinTheLimit(LoginBurst burst, String username, String password, String ip)
			throws Exception {
		for (int i = 0; i < 4; i++) {
			assertThat(burst.signIn(username, "wrong password " + i, ip)).isFalse();
		}
		burst.signInAtOnce(Collections.nCopies(29, username), "wrong password", ip);
		long checked = burst.wrongPasswordsChecked(ip);
		assertThat(checked).as("passwords checked").isBetween(4L, 5L);
		if (checked == 5) {
			assertThatExceptionOfType(LoginRefusedException.class)
				.isThrownBy(() -> burst.signIn(username, password, ip));
		}
		else {
			assertThat(burst.signIn(username, password, ip)).isTrue();
		}
	}

}
