package org.broadsheet.editorial;

import org.broadsheet.article.ArticleRepository;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may do what on the editors' pages: roles are checked on the server, and every
 * change needs a CSRF token.
 */
@SpringBootTest(properties = "broadsheet.content.dir=" + EditorialAuthorizationTests.DIR)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(EditorialClock.Config.class)
class EditorialAuthorizationTests {

	static final String DIR = "target/test-content-editorial-auth";

	@Autowired
	MockMvc mvc;

	@BeforeAll
	static void emptyFolder() throws java.io.IOException {
		FileSystemUtils.deleteRecursively(Path.of(DIR));
	}

	@Autowired
	ArticleRepository articles;

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		this.mvc.perform(get("/admin")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/admin/articles/new")).andExpect(status().is3xxRedirection());
	}

	@Test
	void aModeratorCannotEditStories() throws Exception {
		this.mvc.perform(get("/admin/articles/new").with(user("mo").roles("MODERATOR")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/articles/new").with(user("mo").roles("MODERATOR"))
				.with(csrf())
				.param("title", "Nope")
				.param("action", "publish"))
			.andExpect(status().isForbidden());
		assertThat(this.articles.findBySlug("nope")).isEmpty();
	}

	@Test
	void anEditorCannotManageUsers() throws Exception {
		this.mvc.perform(get("/admin/users").with(user("ed").roles("EDITOR"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin").with(user("ed").roles("EDITOR"))).andExpect(status().isOk());
	}

	@Test
	void aPostWithoutCsrfChangesNothing() throws Exception {
		this.mvc
			.perform(post("/admin/articles/new").with(user("ed").roles("EDITOR"))
				.param("title", "No token")
				.param("action", "publish"))
			.andExpect(status().isForbidden());
		assertThat(this.articles.findBySlug("no-token")).isEmpty();
	}

	@Test
	void aContributorCannotPublishButMaySubmitForReview() throws Exception {
		this.mvc
			.perform(post("/admin/articles/new").with(user("rep").roles("CONTRIBUTOR"))
				.with(csrf())
				.param("title", "Scoop")
				.param("action", "publish"))
			.andExpect(status().isForbidden());
		assertThat(this.articles.findBySlug("scoop")).isEmpty();
		this.mvc
			.perform(post("/admin/articles/new").with(user("rep").roles("CONTRIBUTOR"))
				.with(csrf())
				.param("title", "Scoop")
				.param("body", "Words")
				.param("action", "submit"))
			.andExpect(status().is3xxRedirection());
		long id = this.articles.findBySlug("scoop").orElseThrow().getId();
		assertThat(this.articles.findById(id).orElseThrow().isReview()).isTrue();
		this.mvc.perform(get("/admin").with(user("ed").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("Scoop")));
		this.mvc.perform(post("/admin/articles/" + id + "/publish").with(user("rep").roles("CONTRIBUTOR")).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/articles/" + id + "/edit").with(user("other").roles("CONTRIBUTOR")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/articles/" + id + "/edit").with(user("rep").roles("CONTRIBUTOR")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/admin").with(user("rep").roles("CONTRIBUTOR")))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("Scoop")));
		this.mvc.perform(get("/admin").with(user("other").roles("CONTRIBUTOR")))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Scoop"))));
	}

	@Test
	void aGuessedStoryIdAnswers404() throws Exception {
		this.mvc.perform(get("/admin/articles/999999/edit").with(user("ed").roles("EDITOR")))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/articles/999999/trash").with(user("ed").roles("EDITOR")).with(csrf()))
			.andExpect(status().isNotFound());
	}

}
