package org.broadsheet.editorial;

import java.nio.file.Path;
import java.util.List;

import org.broadsheet.article.Article;
import org.broadsheet.article.ArticleRepository;

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
@Import(EditorialClock.class)
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
	void aContributorEditsTheirStoryOnlyWhileItIsADraft() throws Exception {
		this.mvc
			.perform(post("/admin/articles/new").with(user("beat").roles("CONTRIBUTOR"))
				.with(csrf())
				.param("title", "Beat report")
				.param("body", "Words")
				.param("action", "submit"))
			.andExpect(status().is3xxRedirection());
		Article draft = this.articles.findBySlug("beat-report").orElseThrow();
		this.mvc
			.perform(post("/admin/articles/" + draft.getId() + "/edit").with(user("ed").roles("EDITOR"))
				.with(csrf())
				.param("version", String.valueOf(draft.getVersion()))
				.param("fileHash", draft.getContentHash())
				.param("title", "Beat report")
				.param("body", "Edited words")
				.param("action", "publish"))
			.andExpect(status().is3xxRedirection());
		Article published = this.articles.findById(draft.getId()).orElseThrow();
		String url = "/admin/articles/" + published.getId();
		this.mvc.perform(get(url + "/edit").with(user("beat").roles("CONTRIBUTOR"))).andExpect(status().isForbidden());
		this.mvc
			.perform(post(url + "/edit").with(user("beat").roles("CONTRIBUTOR"))
				.with(csrf())
				.param("version", String.valueOf(published.getVersion()))
				.param("title", "Beat report")
				.param("body", "Rewritten")
				.param("action", "draft"))
			.andExpect(status().isForbidden());
		for (String button : List.of("unpublish", "publish", "trash", "restore", "corrections")) {
			this.mvc
				.perform(post(url + "/" + button).with(user("beat").roles("CONTRIBUTOR"))
					.with(csrf())
					.param("version", String.valueOf(published.getVersion()))
					.param("text", "x")
					.param("date", "2026-03-01"))
				.andExpect(status().isForbidden());
		}
		Article after = this.articles.findById(published.getId()).orElseThrow();
		assertThat(after.getVersion()).isEqualTo(published.getVersion());
		assertThat(after.getMarkdown()).contains("Edited words");
	}

	@Test
	void aContributorCannotPublishScheduleUpdateOrPinThroughTheForm() throws Exception {
		for (String action : List.of("publish", "schedule", "update")) {
			this.mvc
				.perform(post("/admin/articles/new").with(user("beat").roles("CONTRIBUTOR"))
					.with(csrf())
					.param("title", "Pushy " + action)
					.param("date", "2026-04-01T09:00")
					.param("action", action))
				.andExpect(status().isForbidden());
		}
		this.mvc
			.perform(post("/admin/articles/new").with(user("beat").roles("CONTRIBUTOR"))
				.with(csrf())
				.param("title", "Pinned by a reporter")
				.param("lead", "true")
				.param("action", "submit"))
			.andExpect(status().is3xxRedirection());
		Article draft = this.articles.findBySlug("pinned-by-a-reporter").orElseThrow();
		assertThat(draft.isLead()).isFalse();
		assertThat(draft.isDraft()).isTrue();
		assertThat(this.articles.findBySlug("pushy-publish")).isEmpty();
	}

	@Test
	void aContributorCannotReachAnotherContributorsDraftByAnyUrl() throws Exception {
		this.mvc
			.perform(post("/admin/articles/new").with(user("first").roles("CONTRIBUTOR"))
				.with(csrf())
				.param("title", "Private notes")
				.param("action", "draft"))
			.andExpect(status().is3xxRedirection());
		long id = this.articles.findBySlug("private-notes").orElseThrow().getId();
		for (String path : List.of("/edit", "/export", "/revisions")) {
			this.mvc.perform(get("/admin/articles/" + id + path).with(user("second").roles("CONTRIBUTOR")))
				.andExpect(status().isForbidden());
		}
		this.mvc
			.perform(post("/admin/articles/preview").with(user("second").roles("CONTRIBUTOR"))
				.with(csrf())
				.param("id", String.valueOf(id))
				.param("title", "Peek"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aGuessedStoryIdAnswers404() throws Exception {
		this.mvc.perform(get("/admin/articles/999999/edit").with(user("ed").roles("EDITOR")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/admin/articles/999999/trash").with(user("ed").roles("EDITOR"))
				.with(csrf())
				.param("version", "0"))
			.andExpect(status().isNotFound());
	}

}
