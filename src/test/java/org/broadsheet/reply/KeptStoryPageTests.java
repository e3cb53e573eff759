package org.broadsheet.reply;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import org.broadsheet.Http;
import org.broadsheet.MutableClock;
import org.broadsheet.article.Article;
import org.broadsheet.article.ArticleRepository;
import org.broadsheet.article.ArticlesChanged;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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

/**
 * A story page kept in the page cache is rendered once per change, yet what is true only
 * by the clock stays true: its reply form token is issued the second the page is served,
 * and its form goes the moment the story stops taking replies by age.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "broadsheet.page-cache.enabled=true", "broadsheet.page-cache.ttl=1h",
				"broadsheet.replies.close-after-days=2" })
@ActiveProfiles("test")
@Import(KeptStoryPageTests.Clocks.class)
class KeptStoryPageTests {

	@LocalServerPort
	int port;

	@Autowired
	ArticleRepository articles;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	FormTokens tokens;

	@Autowired
	MutableClock clock;

	@Test
	void aKeptPageCarriesATokenIssuedTheSecondItIsServed() {
		Article story = publish("kept-token", this.clock.instant().minus(Duration.ofHours(1)));
		Document first = page(story);
		renameWithoutTellingAnyone(story, "Renamed behind the cache's back");

		this.clock.advance(Duration.ofSeconds(30));
		Document later = page(story);

		assertThat(later.title()).as("the same render, from memory").isEqualTo(first.title());
		String token = token(later);
		assertThat(token).isNotEqualTo(token(first));
		assertThat(this.tokens.verify(story.getSlug(), token)).as("issued as the page was served")
			.hasValue(this.clock.instant().truncatedTo(ChronoUnit.SECONDS));
		assertThat(later.select("form.reply-report input[name=token]"))
			.allSatisfy((input) -> assertThat(input.val()).isEqualTo(token));
	}

	@Test
	void aKeptPageLosesItsReplyFormTheMomentTheStoryCloses() {
		Instant published = this.clock.instant().minus(Duration.ofDays(2)).plus(Duration.ofMinutes(1));
		Article story = publish("closing-soon", published);
		assertThat(page(story).select("form.reply-form")).isNotEmpty();

		this.clock.advance(Duration.ofMinutes(2));

		Document closed = page(story);
		assertThat(closed.select("form.reply-form")).isEmpty();
		assertThat(closed.select(".replies-closed").text()).isEqualTo("Replies are closed.");
	}

	private Article publish(String slug, Instant published) {
		Article story = Stories.story(slug, true);
		story.setPublishedAt(published);
		Article saved = this.articles.save(story);
		this.events.publishEvent(new ArticlesChanged(Set.of(saved.getId())));
		return saved;
	}

	private void renameWithoutTellingAnyone(Article story, String title) {
		Article stored = this.articles.findById(story.getId()).orElseThrow();
		stored.setTitle(title);
		this.articles.save(stored);
	}

	private static String token(Document page) {
		return page.select("form.reply-form input[name=token]").val();
	}

	private Document page(Article story) {
		HttpResponse<String> response = Http.to(this.port).get("/articles/" + story.getSlug());
		assertThat(response.statusCode()).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		@Primary
		MutableClock keptPageClock() {
			return new MutableClock(Instant.parse("2026-06-01T12:00:00Z"));
		}

	}

}
