package org.broadsheet.reply;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without a trusted proxy, {@code X-Forwarded-For} is the client's own claim: a flooder
 * cannot pose as new readers by changing it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
@ActiveProfiles("test")
class ForgedForwardedForTests extends RepliesOverHttp {

	@Test
	void aFreshForwardedForPerPostDoesNotEscapeTheFloodRule() {
		String slug = newStory();
		assertThat(post(slug, "203.0.113.11", "A flooder's first reply")).isEqualTo(303);
		assertThat(post(slug, "203.0.113.12", "The flooder, pretending")).isEqualTo(429);
	}

}
