package org.broadsheet.article;

import java.util.List;
import java.util.Set;

import org.broadsheet.PostgresTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.article.ArticleBuilder.story;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every kind of reader page on a real PostgreSQL, not only on H2's PostgreSQL mode: the
 * queries behind the front page's desk list, listings, search, feeds and sitemaps.
 */
@PostgresTest
@AutoConfigureMockMvc
@Import(FixedClockConfiguration.class)
class ReaderPagesPostgresTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticleRepository articles;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void everyKindOfReaderPageIsServedOnPostgresql() throws Exception {
		this.articles.save(story("pg-reader-story").title("A story told on PostgreSQL")
			.desk("World")
			.tags("Trade")
			.authors("Kim Min-ji")
			.build());
		this.events.publishEvent(new ArticlesChanged(Set.of()));

		for (String path : List.of("/", "/articles/pg-reader-story", "/sections/world", "/tags/trade",
				"/authors/kim-min-ji", "/search?q=PostgreSQL", "/rss.xml", "/atom.xml", "/sitemap.xml",
				"/news-sitemap.xml")) {
			var response = this.mvc.perform(get(path)).andReturn().getResponse();
			assertThat(response.getStatus()).as(path).isEqualTo(200);
		}
		assertThat(this.mvc.perform(get("/")).andReturn().getResponse().getContentAsString())
			.contains("A story told on PostgreSQL")
			.contains("/sections/world");
	}

}
