package org.broadsheet.article;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.broadsheet.web.SiteProperties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.broadsheet.caching.PageCache;
import org.broadsheet.caching.PageCacheProperties;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.article.ArticleBuilder.story;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The story page in a web slice, as other features' slice tests see the layout: no
 * database, no desk navigation bean, no other feature's section; the site settings come
 * from the application's properties, as every web slice must provide them.
 */
@WebMvcTest(ArticleController.class)
@AutoConfigureMockMvc(addFilters = false)
@ActiveProfiles("test")
@EnableConfigurationProperties(SiteProperties.class)
@Import(StoryPage.class)
class ArticleControllerSliceTests {

	@MockitoBean
	PageCache pageCache;

	@MockitoBean
	PageCacheProperties pageCacheProperties;

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ArticleRepository articles;

	@MockitoBean
	SlugRedirectRepository redirects;

	@MockitoBean
	Clock clock;

	@Test
	void showArticleRendersTheStoryViewInTheLayout() throws Exception {
		given(this.clock.instant()).willReturn(ArticleBuilder.NOW);
		given(this.clock.getZone()).willReturn(ZoneOffset.UTC);
		given(this.articles.findPublicBySlug(eq("slice-story"), any()))
			.willReturn(Optional.of(story("slice-story").title("Slice headline").build()));
		String html = this.mvc.perform(get("/articles/slice-story").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(view().name("articles/show"))
			.andExpect(model().attributeExists("article", "site", "dates", "siteDesks"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.selectFirst("h1#article-title").text()).isEqualTo("Slice headline");
		assertThat(page.selectFirst("a.masthead").text()).isNotBlank();
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
	}

	@Test
	void missingStoryAnswers404() throws Exception {
		given(this.clock.instant()).willReturn(ArticleBuilder.NOW);
		given(this.articles.findPublicBySlug(any(), any())).willReturn(Optional.empty());
		given(this.redirects.findById(any())).willReturn(Optional.empty());
		this.mvc.perform(get("/articles/nothing-here")).andExpect(status().isNotFound());
	}

}
