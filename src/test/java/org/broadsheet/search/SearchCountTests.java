package org.broadsheet.search;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.broadsheet.article.Article;
import org.broadsheet.article.ArticleRepository;
import org.broadsheet.article.ArticlesChanged;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.search.StoryFixtures.story;

/**
 * How many stories a search says it found: exact up to a thousand; past that "a thousand
 * or more", so a common word is not counted match by match.
 */
@DataJpaTest(properties = "broadsheet.search.index-dir=")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({ SearchIndex.class, SearchIndexer.class, StorySearch.class, StorySearchTests.Config.class })
class SearchCountTests {

	@Autowired
	ArticleRepository articles;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	StorySearch search;

	@Test
	void aFewMatchesAreCountedExactlyAndACommonWordAsAThousandOrMore() {
		save(IntStream.range(0, 1100)
			.mapToObj((i) -> story("ferry-" + i).title((i < 7) ? "Ferry strike " + i : "Ferry timetable " + i))
			.toArray(StoryFixtures[]::new));
		SearchResults few = this.search.search("strike", 1);
		assertThat(few.total()).isEqualTo(7);
		assertThat(few.more()).isFalse();
		SearchResults many = this.search.search("ferry", 1);
		assertThat(many.more()).isTrue();
		assertThat(many.total()).isGreaterThanOrEqualTo(1000);
		assertThat(many.hits()).isNotEmpty();
		assertThat(many.hasNext()).isTrue();
	}

	private void save(StoryFixtures... stories) {
		List<Article> saved = this.articles.saveAll(StoryFixtures.all(stories));
		this.events.publishEvent(new ArticlesChanged(saved.stream().map(Article::getId).collect(Collectors.toSet())));
	}

}
