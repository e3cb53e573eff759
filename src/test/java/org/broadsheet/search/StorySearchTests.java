package org.broadsheet.search;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.broadsheet.MutableClock;
import org.broadsheet.article.Article;
import org.broadsheet.article.ArticleRepository;
import org.broadsheet.article.ArticlesChanged;
import org.broadsheet.article.Desk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.search.StoryFixtures.story;

@DataJpaTest(properties = "broadsheet.search.index-dir=")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({ SearchIndex.class, SearchIndexer.class, StorySearch.class, StorySearchTests.Config.class })
class StorySearchTests {

	static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

	@Autowired
	ArticleRepository articles;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	StorySearch search;

	@Autowired
	SearchIndexer indexer;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void emptyIndex() {
		Set<Long> ids = this.articles.findAll().stream().map(Article::getId).collect(Collectors.toSet());
		this.articles.deleteAll();
		this.events.publishEvent(new ArticlesChanged(ids));
		this.clock.set(NOW);
	}

	@Test
	void headlineHitOutranksBodyHit() {
		save(story("body-hit").title("Markets calm")
			.html("<p>The election was calm.</p>")
			.published("2026-05-30T00:00:00Z"),
				story("headline-hit").title("Election day")
					.html("<p>Queues at dawn.</p>")
					.published("2026-05-01T00:00:00Z"));
		assertThat(slugs("election")).containsExactly("headline-hit", "body-hit");
	}

	@Test
	void summaryHitOutranksBodyHit() {
		save(story("body-hit").title("One").html("<p>Talks on tariffs.</p>").published("2026-05-30T00:00:00Z"),
				story("summary-hit").title("Two").summary("Tariffs dominate.").html("<p>Talks.</p>"));
		assertThat(slugs("tariffs")).containsExactly("summary-hit", "body-hit");
	}

	@Test
	void headlineHitOutranksMentionsInEveryOtherField() {
		save(story("everywhere").title("Markets calm")
			.summary("Ferry fares rise.")
			.tags("Ferry")
			.desk("Ferry")
			.authors("Ann Ferry")
			.html("<p>The ferry, the ferry and the ferry again.</p>")
			.published("2026-05-30T00:00:00Z"),
				story("headline").title("Ferry strike called off")
					.html("<p>Queues at dawn.</p>")
					.published("2026-05-01T00:00:00Z"));
		assertThat(slugs("ferry")).containsExactly("headline", "everywhere");
	}

	@Test
	void newerStoryWinsATie() {
		save(story("older").title("Harbour news").published("2026-01-01T00:00:00Z"),
				story("newer").title("Harbour news").published("2026-03-01T00:00:00Z"));
		assertThat(slugs("harbour")).containsExactly("newer", "older");
	}

	@Test
	void koreanQueryFindsInflectedWord() {
		save(story("seoul").title("정상회담").html("<p>서울에서 열린 회의에 참석했다.</p>").lang("ko"),
				story("busan").title("Other").html("<p>부산의 항구</p>"));
		assertThat(slugs("서울")).containsExactly("seoul");
		assertThat(slugs("회의")).containsExactly("seoul");
		assertThat(slugs("서울에서 회의")).containsExactly("seoul");
		SearchResults results = this.search.search("서울", 1);
		assertThat(marked(results.hits().get(0).snippet())).containsExactly("서울");
	}

	@Test
	void singleHangulSyllableMatches() {
		save(story("ko").title("한국 경제").lang("ko"));
		assertThat(slugs("한")).containsExactly("ko");
	}

	@Test
	void hyphenatedNameMatchesSpacedName() {
		save(story("visit").title("Lee Jae Myung visits China"), story("other").title("Jae returns; Myung stays"));
		assertThat(slugs("Jae-myung")).containsExactly("visit");
		save(story("hyphen").title("President Lee Jae-myung").published("2025-01-01T00:00:00Z"));
		assertThat(slugs("jae myung")).contains("visit", "hyphen");
	}

	@Test
	void accentsAndCaseAreFolded() {
		save(story("seoul").title("Rendez-vous à Séoul"), story("nfd").title("Cafe\u0301 society"));
		assertThat(slugs("seoul")).containsExactly("seoul");
		assertThat(slugs("SÉOUL")).containsExactly("seoul");
		assertThat(slugs("café")).containsExactly("nfd");
		assertThat(slugs("cafe")).containsExactly("nfd");
	}

	@Test
	void authorsDeskAndTagsAreSearchable() {
		save(story("tagged").title("A").authors("Min-ji Kim").desk("Technology").tags("Semiconductors"));
		assertThat(slugs("Kim")).containsExactly("tagged");
		assertThat(slugs("technology")).containsExactly("tagged");
		assertThat(slugs("semiconductor")).containsExactly("tagged");
	}

	@Test
	void draftsAndRemovedStoriesAreNeverFound() {
		save(story("draft").title("Secret budget").draft(), story("removed").title("Secret budget").removed(),
				story("public").title("Public budget"));
		assertThat(slugs("budget")).containsExactly("public");
		assertThat(slugs("secret")).isEmpty();
	}

	@Test
	void scheduledStoryIsFoundOnceItsTimeComes() {
		save(story("embargoed").title("Embargoed report").published("2026-06-01T18:00:00Z"));
		assertThat(slugs("embargoed")).isEmpty();
		assertThat(this.search.search("embargoed", 1).total()).isZero();
		this.clock.advance(Duration.ofHours(6));
		assertThat(slugs("embargoed")).containsExactly("embargoed");
	}

	@Test
	void scheduledStoryStaysOutOfResultsAndCountsBesidePublicOnes() {
		save(story("public").title("Harbour tides").published("2026-05-01T00:00:00Z"),
				story("scheduled").title("Harbour tides tomorrow").published("2026-06-02T00:00:00Z"));
		assertThat(slugs("harbour")).containsExactly("public");
		assertThat(this.search.search("harbour", 1).total()).isEqualTo(1);
		this.clock.advance(Duration.ofDays(1));
		assertThat(slugs("harbour")).containsExactlyInAnyOrder("scheduled", "public");
	}

	@Test
	void storyThatBecomesDraftLeavesTheIndex() {
		Article article = save(story("flip").title("Flip flop")).get(0);
		assertThat(slugs("flop")).containsExactly("flip");
		article.setDraft(true);
		this.articles.save(article);
		this.events.publishEvent(new ArticlesChanged(Set.of(article.getId())));
		assertThat(slugs("flop")).isEmpty();
	}

	@Test
	void changedStoryIsFoundByItsNewWords() {
		Article article = save(story("edit").title("Old words")).get(0);
		article.setTitle("Fresh words");
		this.articles.save(article);
		this.events.publishEvent(new ArticlesChanged(Set.of(article.getId())));
		assertThat(slugs("fresh")).containsExactly("edit");
		assertThat(slugs("old")).isEmpty();
	}

	@Test
	void deletedStoryLeavesTheIndex() {
		Article article = save(story("gone").title("Vanishing act")).get(0);
		this.articles.delete(article);
		this.events.publishEvent(new ArticlesChanged(Set.of(article.getId())));
		assertThat(slugs("vanishing")).isEmpty();
	}

	@Test
	void startUpRebuildsAnIndexThatIsOutOfStep() {
		this.articles.saveAll(StoryFixtures.all(story("a").title("Quiet harbour"), story("b").title("Quiet town")));
		assertThat(slugs("quiet")).isEmpty();
		this.indexer.rebuildWhenOutOfStep();
		assertThat(slugs("quiet")).containsExactlyInAnyOrder("a", "b");
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void startUpIndexesOnlyStoriesChangedBehindTheIndex(CapturedOutput output) {
		List<Article> saved = save(story("kept").title("Steady harbour"), story("edited").title("Old harbour"));
		Article edited = saved.get(1);
		edited.setTitle("Busy harbour");
		this.articles.save(edited);
		this.indexer.rebuildWhenOutOfStep();
		assertThat(slugs("busy")).containsExactly("edited");
		assertThat(output).contains("Search index caught up: 1 stories");
	}

	@Test
	void snippetMarksMatchesAndKeepsMarkupAsText() {
		save(story("hostile").title("Tom & \"Jerry\" </script><b>")
			.html("<p>Tom &amp; Jerry &lt;b&gt;bold&lt;/b&gt; met in <em>Busan</em> today.</p>"));
		SearchResults.Hit hit = this.search.search("busan", 1).hits().get(0);
		assertThat(marked(hit.snippet())).containsExactly("Busan");
		assertThat(hit.snippet().text()).contains("Tom & Jerry <b>bold</b> met in Busan");
		assertThat(hit.headline().text()).isEqualTo("Tom & \"Jerry\" </script><b>");
		assertThat(marked(this.search.search("jerry", 1).hits().get(0).headline())).containsExactly("Jerry");
	}

	@Test
	void resultCarriesWhatItsCardShows() {
		save(story("desked").title("Chip exports").desk("Technology").lang("ko").published("2026-05-02T03:04:05Z"),
				story("deskless").title("Chip imports").summary("Fewer chips.").published("2026-05-01T00:00:00Z"));
		List<FoundStory> stories = this.search.search("chip", 1).hits().stream().map(SearchResults.Hit::story).toList();
		assertThat(stories).extracting(FoundStory::slug).containsExactly("desked", "deskless");
		assertThat(stories.get(0).desk()).isEqualTo(Desk.named("Technology"));
		assertThat(stories.get(0).lang()).isEqualTo("ko");
		assertThat(stories.get(0).publishedAt()).isEqualTo(Instant.parse("2026-05-02T03:04:05Z"));
		assertThat(stories.get(1).desk()).isNull();
		assertThat(stories.get(1).summary()).isEqualTo("Fewer chips.");
	}

	@Test
	void longBodyGivesAShortSnippetAroundTheMatch() {
		String filler = "Filler words without meaning. ".repeat(200);
		save(story("long").html("<p>" + filler + "The needle is here. " + filler + "</p>"));
		Snippet snippet = this.search.search("needle", 1).hits().get(0).snippet();
		assertThat(snippet.text()).contains("needle").hasSizeLessThan(400);
		assertThat(snippet.text()).startsWith(SnippetFormatter.ELLIPSIS);
	}

	@Test
	void resultsArePaginated() {
		for (int i = 0; i < 25; i++) {
			save(story("s" + i).title("Weather update " + i)
				.published(Instant.parse("2026-01-01T00:00:00Z").plus(Duration.ofDays(i)).toString()));
		}
		SearchResults first = this.search.search("weather", 1);
		assertThat(first.total()).isEqualTo(25);
		assertThat(first.totalPages()).isEqualTo(3);
		assertThat(first.hits()).hasSize(10);
		assertThat(first.hasNext()).isTrue();
		SearchResults last = this.search.search("weather", 3);
		assertThat(last.hits()).hasSize(5);
		assertThat(last.hasNext()).isFalse();
		assertThat(this.search.search("weather", 99).page()).isEqualTo(StorySearch.MAX_PAGE);
	}

	@Test
	void everyWordMustMatch() {
		save(story("both").title("Rail strike"), story("one").title("Rail timetable"));
		assertThat(slugs("rail strike")).containsExactly("both");
		assertThat(slugs("\"rail strike\"")).containsExactly("both");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "\"", "title:(foo", "*", "?", "\\", "AND OR NOT", "-", "~2", "+-!():^[]{}",
			"<script>alert(1)</script>", "\u0000\u0007", "a\"b\"c\"", "\uD800", "%00", "OR", "*:*" })
	void hostileQueriesNeverFail(String query) {
		save(story("x").title("Ordinary story"));
		SearchResults results = this.search.search(query, 1);
		assertThat(results.hits()).isEmpty();
		assertThat(results.query().length()).isLessThanOrEqualTo(SearchQuery.MAX_LENGTH);
	}

	@Test
	void veryLongQueryIsCutNotRejected() {
		save(story("x").title("Ordinary story"));
		SearchResults results = this.search.search("ordinary " + "x".repeat(600), 1);
		assertThat(results.query()).hasSize(SearchQuery.MAX_LENGTH);
		assertThat(this.search.search("ordinary " + "story ".repeat(100), 1).hits()).hasSize(1);
		assertThat(this.search.search(null, 1).isBlank()).isTrue();
	}

	private List<Article> save(StoryFixtures... stories) {
		List<Article> saved = this.articles.saveAll(StoryFixtures.all(stories));
		this.events.publishEvent(new ArticlesChanged(saved.stream().map(Article::getId).collect(Collectors.toSet())));
		return saved;
	}

	private List<String> slugs(String query) {
		return this.search.search(query, 1).hits().stream().map((hit) -> hit.story().slug()).toList();
	}

	private static List<String> marked(Snippet snippet) {
		return snippet.segments().stream().filter(Snippet.Segment::marked).map(Snippet.Segment::text).toList();
	}

	@TestConfiguration(proxyBeanMethods = false)
	@EnableConfigurationProperties(SearchProperties.class)
	static class Config {

		@Bean
		MutableClock clock() {
			return new MutableClock(NOW);
		}

	}

	static Collection<Long> ids(List<Article> list) {
		return list.stream().map(Article::getId).toList();
	}

}
