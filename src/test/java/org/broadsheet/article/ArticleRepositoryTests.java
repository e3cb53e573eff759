package org.broadsheet.article;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.article.ArticleBuilder.NOW;
import static org.broadsheet.article.ArticleBuilder.story;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
class ArticleRepositoryTests {

	@Autowired
	ArticleRepository articles;

	@BeforeEach
	void saveStories() {
		this.articles.saveAll(List.of(
				story("public-old").desk("World")
					.tags("서울", "South Korea")
					.authors("Kim Min-ji")
					.publishedAt("2099-01-01T00:00:00Z")
					.lead()
					.build(),
				story("public-new").desk("World")
					.tags("서울")
					.authors("Kim Min-ji")
					.publishedAt("2099-03-01T00:00:00Z")
					.build(),
				story("draft").desk("Secret Desk").tags("서울").authors("Kim Min-ji").lead().draft().build(),
				story("scheduled").desk("World").tags("서울").authors("Kim Min-ji").lead().scheduled().build(),
				story("removed").desk("Gone Desk").tags("서울").authors("Kim Min-ji").lead().removed().build()));
	}

	@Test
	void publicListsHideDraftsScheduledAndRemovedStories() {
		assertThat(slugs(this.articles.findPublic(NOW, PageRequest.of(0, 20)).getContent()))
			.containsExactly("public-new", "public-old");
		assertThat(this.articles.findPublic(NOW, PageRequest.of(0, 20)).getTotalElements()).isEqualTo(2);
		assertThat(slugs(this.articles.findPublicByDesk("world", NOW, PageRequest.of(0, 20)).getContent()))
			.containsExactly("public-new", "public-old");
		assertThat(slugs(this.articles.findPublicByTag("서울", NOW, PageRequest.of(0, 20)).getContent()))
			.containsExactly("public-new", "public-old");
		assertThat(slugs(this.articles.findPublicByAuthor("kim-min-ji", NOW, PageRequest.of(0, 20)).getContent()))
			.containsExactly("public-new", "public-old");
	}

	@Test
	void onlyPublicStoriesAreFoundBySlug() {
		assertThat(this.articles.findPublicBySlug("public-old", NOW)).isPresent();
		assertThat(this.articles.findPublicBySlug("draft", NOW)).isEmpty();
		assertThat(this.articles.findPublicBySlug("scheduled", NOW)).isEmpty();
		assertThat(this.articles.findPublicBySlug("removed", NOW)).isEmpty();
	}

	@Test
	void scheduledStoryBecomesPublicWhenItsTimeComes() {
		Instant later = NOW.plusSeconds(2 * 86_400);
		assertThat(this.articles.findPublicBySlug("scheduled", later)).isPresent();
		assertThat(this.articles.findNextPublicationAfter(NOW)).contains(NOW.plusSeconds(86_400));
		assertThat(this.articles.findNextPublicationAfter(later)).isEmpty();
	}

	@Test
	void leadIsTheNewestPublicStoryMarkedLead() {
		assertThat(slugs(this.articles.findNewestPublicLead(NOW, Limit.of(1)))).containsExactly("public-old");
	}

	@Test
	void desksOfHiddenStoriesAreNotListed() {
		assertThat(this.articles.findPublicDesks(NOW)).extracting(Desk::slug).containsExactly("world");
		assertThat(slugs(this.articles.findNewestPublicByDesk("world", NOW, Limit.of(1))))
			.containsExactly("public-new");
	}

	@Test
	void tagAndAuthorNamesComeFromPublicStoriesOnly() {
		assertThat(this.articles.findPublicTagNames("south-korea", NOW, Limit.of(1))).containsExactly("South Korea");
		assertThat(this.articles.findPublicAuthorNames("kim-min-ji", NOW, Limit.of(1))).containsExactly("Kim Min-ji");
		assertThat(this.articles.findPublicTagNames("secret", NOW, Limit.of(1))).isEmpty();
	}

	private static List<String> slugs(List<Article> stories) {
		return stories.stream().map(Article::getSlug).toList();
	}

}
