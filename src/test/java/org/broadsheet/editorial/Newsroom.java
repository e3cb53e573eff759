package org.broadsheet.editorial;

import org.broadsheet.article.Article;
import org.broadsheet.article.ArticleRepository;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What an editor does in the admin, as requests: save the story form, click a one-click
 * button with the story's current version.
 */
final class Newsroom {

	private final MockMvc mvc;

	private final ArticleRepository articles;

	Newsroom(MockMvc mvc, ArticleRepository articles) {
		this.mvc = mvc;
		this.articles = articles;
	}

	static MockHttpServletRequestBuilder asEditor(MockHttpServletRequestBuilder request) {
		return request.with(user("ed").roles("EDITOR")).with(csrf());
	}

	/** Posts the story form with an action and field name/value pairs. */
	ResultActions save(String url, String action, String... fields) throws Exception {
		MockHttpServletRequestBuilder request = asEditor(post(url)).param("action", action);
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return this.mvc.perform(request);
	}

	/** Publishes a new story with a title and body; returns it as stored. */
	Article publish(String title, String body) throws Exception {
		save("/admin/articles/new", "publish", "title", title, "body", body);
		return this.articles.findAll()
			.stream()
			.filter((article) -> title.equals(article.getTitle()))
			.findFirst()
			.orElseThrow();
	}

	Article reload(Article article) {
		return this.articles.findById(article.getId()).orElseThrow();
	}

}
