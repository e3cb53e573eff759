package org.broadsheet.search;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.broadsheet.MutableClock;
import org.broadsheet.article.Article;
import org.broadsheet.article.ArticleRepository;
import org.broadsheet.article.ArticlesChanged;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.search.StoryFixtures.story;

/**
 * Search pages come from the page cache for anonymous readers, and are never staler than
 * the index and the clock allow: a changed story or a scheduled one going live drops
 * them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "broadsheet.page-cache.enabled=true", "broadsheet.page-cache.ttl=1h" })
@ActiveProfiles("test")
@Import(SearchPageCacheTests.Clocks.class)
class SearchPageCacheTests {

	private static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	ArticleRepository articles;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	MutableClock clock;

	@Test
	void resultsAreSharedUntilAStoryChanges() {
		Article story = save(story("tide").title("Tide tables"));
		assertThat(get("/search?q=tide", null)).contains("tables</a>");
		story.setTitle("Tide charts");
		this.articles.save(story);
		assertThat(get("/search?q=tide", null)).as("from memory").contains("tables</a>");
		this.events.publishEvent(new ArticlesChanged(Set.of(story.getId())));
		assertThat(get("/search?q=tide", null)).contains("charts</a>").doesNotContain("tables</a>");
	}

	@Test
	void cachedResultsAreTheResultsAFreshSearchGives() {
		save(story("ferry").title("Ferry strike").summary("The ferry workers walk out."));
		String cached = get("/search?q=ferry+strike", null);
		assertThat(get("/search?q=ferry+strike", null)).isEqualTo(cached);
		assertThat(get("/search?q=ferry+strike", "reader=1")).as("rendered afresh").isEqualTo(cached);
		assertThat(get("/search?q=ferry+strike&page=2", null)).isNotEqualTo(cached);
	}

	@Test
	void scheduledStoryTurnsUpInCachedResultsWhenItsTimeComes() throws InterruptedException {
		Instant due = this.clock.instant().plus(Duration.ofHours(1));
		save(story("embargo").title("Embargoed harbour report").published(due.toString()));
		assertThat(get("/search?q=harbour", null)).doesNotContain("/articles/embargo");
		this.clock.advance(Duration.ofHours(2));
		String page = get("/search?q=harbour", null);
		for (int i = 0; i < 100 && !page.contains("/articles/embargo"); i++) {
			Thread.sleep(100);
			page = get("/search?q=harbour", null);
		}
		assertThat(page).as("announced as published, the cached page is dropped").contains("/articles/embargo");
	}

	private Article save(StoryFixtures story) {
		Article saved = this.articles.save(story.build());
		this.events.publishEvent(new ArticlesChanged(Set.of(saved.getId())));
		return saved;
	}

	private String get(String path, String cookie) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
			return response.body();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		@Primary
		MutableClock searchTestClock() {
			return new MutableClock(Instant.parse("2026-06-01T12:00:00Z"));
		}

	}

}
