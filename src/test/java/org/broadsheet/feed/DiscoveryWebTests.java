package org.broadsheet.feed;

import org.broadsheet.MutableClock;
import org.broadsheet.article.ArticleRepository;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What every {@link DiscoveryTest} web test starts from: MockMvc, story fixtures, and the
 * hand-moved clock set back to {@link DiscoveryTest#NOW} before each test.
 */
public abstract class DiscoveryWebTests {

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected ArticleRepository articles;

	@Autowired
	protected ApplicationEventPublisher events;

	@Autowired
	protected MutableClock clock;

	protected Fixtures fixtures;

	@BeforeEach
	void resetClockAndFixtures() {
		this.clock.set(DiscoveryTest.NOW);
		this.fixtures = new Fixtures(this.articles, this.events);
	}

}
