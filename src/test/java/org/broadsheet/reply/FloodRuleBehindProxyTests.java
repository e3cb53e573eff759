package org.broadsheet.reply;

import org.broadsheet.BehindTrustedProxy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind the trusted proxy every reader is their own client for the flood rule: two
 * readers replying through the one proxy are both accepted, while one reader replying
 * twice is refused.
 */
@BehindTrustedProxy
class FloodRuleBehindProxyTests extends RepliesOverHttp {

	@Test
	void twoReadersBehindTheProxyAreTwoClients() {
		String slug = newStory();
		assertThat(post(slug, "203.0.113.1", "First reader's thoughts on the story")).isEqualTo(303);
		assertThat(post(slug, "203.0.113.2", "Second reader disagrees entirely")).isEqualTo(303);
	}

	@Test
	void oneReaderBehindTheProxyIsStillLimited() {
		String slug = newStory();
		assertThat(post(slug, "198.51.100.61", "A reader's first reply here")).isEqualTo(303);
		assertThat(post(slug, "198.51.100.61", "The same reader again at once")).isEqualTo(429);
	}

	@Test
	void aClientCannotDodgeTheLimitByForgingHopsLeftOfTheProxys() {
		String slug = newStory();
		assertThat(post(slug, "192.0.2.1, 198.51.100.62", "Forged hop, real reader")).isEqualTo(303);
		assertThat(post(slug, "192.0.2.2, 198.51.100.62", "Another forged hop")).isEqualTo(429);
	}

}
