package org.broadsheet.search;

import java.time.Instant;
import java.util.List;

import org.broadsheet.MutableClock;
import org.broadsheet.article.Article;
import org.broadsheet.article.ArticleRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.search.StoryFixtures.story;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Import({ RelatedStories.class, RelatedStoriesTests.Config.class })
class RelatedStoriesTests {

	@Autowired
	ArticleRepository articles;

	@Autowired
	RelatedStories related;

	@Test
	void sameDeskOrSharedTagNewestFirstWithoutItself() {
		Article story = save(story("story").desk("World").tags("China").published("2026-05-01T00:00:00Z"));
		save(story("same-desk").desk("World").published("2026-04-01T00:00:00Z"),
				story("shared-tag").desk("Business").tags("Trade", "China").published("2026-04-20T00:00:00Z"),
				story("unrelated").desk("Sport").tags("Football").published("2026-04-30T00:00:00Z"),
				story("draft").desk("World").draft(), story("removed").desk("World").removed(),
				story("scheduled").desk("World").published("2026-07-01T00:00:00Z"));
		assertThat(slugs(this.related.of(story))).containsExactly("shared-tag", "same-desk");
	}

	@Test
	void atMostFourStories() {
		Article story = save(story("lead").desk("Tech"));
		for (int i = 0; i < 6; i++) {
			save(story("tech-" + i).desk("Tech").published("2026-02-0" + (i + 1) + "T00:00:00Z"));
		}
		assertThat(slugs(this.related.of(story))).containsExactly("tech-5", "tech-4", "tech-3", "tech-2");
	}

	@Test
	void storyWithoutDeskOrTagsHasNone() {
		Article story = save(story("alone"));
		save(story("other"));
		assertThat(this.related.of(story)).isEmpty();
	}

	private Article save(StoryFixtures... stories) {
		return this.articles.saveAll(StoryFixtures.all(stories)).get(0);
	}

	private static List<String> slugs(List<Article> articles) {
		return articles.stream().map(Article::getSlug).toList();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Config {

		@Bean
		MutableClock clock() {
			return new MutableClock(Instant.parse("2026-06-01T00:00:00Z"));
		}

	}

}
