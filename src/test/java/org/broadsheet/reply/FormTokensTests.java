package org.broadsheet.reply;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormTokensTests {

	static final Instant NOW = Instant.parse("2026-11-29T05:00:00Z");

	static FormTokens tokens(Instant now, String secret) {
		Clock clock = Clock.fixed(now, ZoneOffset.UTC);
		return new FormTokens(new SigningKey(null, new SigningProperties(secret), clock), clock,
				new ReplyProperties(3, 15, 5, 2, List.of(), List.of(), true, 3, null, Duration.ofHours(24)));
	}

	@Test
	void aTokenIsValidForItsStoryAndCarriesItsIssueTime() {
		String token = tokens(NOW, "a-test-secret-s3cret").issue("story");
		assertThat(tokens(NOW.plusSeconds(5), "a-test-secret-s3cret").verify("story", token)).contains(NOW);
	}

	@Test
	void aTokenIsNotValidForAnotherStory() {
		String token = tokens(NOW, "a-test-secret-s3cret").issue("story");
		assertThat(tokens(NOW, "a-test-secret-s3cret").verify("other", token)).isEmpty();
	}

	@Test
	void aTokenSignedWithAnotherKeyIsRefused() {
		String token = tokens(NOW, "another-test-secret").issue("story");
		assertThat(tokens(NOW, "a-test-secret-s3cret").verify("story", token)).isEmpty();
	}

	@Test
	void anExpiredTokenIsRefused() {
		String token = tokens(NOW, "a-test-secret-s3cret").issue("story");
		assertThat(tokens(NOW.plus(Duration.ofHours(25)), "a-test-secret-s3cret").verify("story", token)).isEmpty();
	}

	@Test
	void aTokenFromTheFutureIsRefused() {
		String token = tokens(NOW.plus(Duration.ofHours(1)), "a-test-secret-s3cret").issue("story");
		assertThat(tokens(NOW, "a-test-secret-s3cret").verify("story", token)).isEmpty();
	}

	@Test
	void aChangedTimestampBreaksTheSignature() {
		String token = tokens(NOW, "a-test-secret-s3cret").issue("story");
		String earlier = (NOW.getEpochSecond() - 60) + token.substring(token.indexOf('.'));
		assertThat(tokens(NOW, "a-test-secret-s3cret").verify("story", earlier)).isEmpty();
	}

	@Test
	void garbageIsRefusedWithoutAnError() {
		FormTokens tokens = tokens(NOW, "a-test-secret-s3cret");
		for (String garbage : new String[] { null, "", ".", "abc.def", "1.", "99999999999999999999.x",
				"x".repeat(500) }) {
			assertThat(tokens.verify("story", garbage)).isEmpty();
		}
	}

}
