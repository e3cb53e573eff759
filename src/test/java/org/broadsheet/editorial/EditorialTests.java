package org.broadsheet.editorial;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.broadsheet.MutableClock;
import org.broadsheet.article.Article;
import org.broadsheet.article.ArticleRepository;
import org.broadsheet.content.ContentLoader;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Writing, publishing, scheduling and trashing stories in the admin, with the files
 * written back to the content folder.
 */
@EditorialTest
class EditorialTests {

	static final String DIR = "target/test-content-editorial";

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticleRepository articles;

	@Autowired
	ContentLoader loader;

	@Autowired
	MutableClock clock;

	static MockHttpServletRequestBuilder asEditor(MockHttpServletRequestBuilder request) {
		return request.with(user("ed").roles("EDITOR")).with(csrf());
	}

	ResultActions save(String url, String action, String... fields) throws Exception {
		MockHttpServletRequestBuilder request = asEditor(post(url)).param("action", action);
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return this.mvc.perform(request);
	}

	/** A one-click button of the edit page, sent with the story's current version. */
	ResultActions click(long id, String button) throws Exception {
		String version = String.valueOf(this.articles.findById(id).orElseThrow().getVersion());
		return this.mvc.perform(asEditor(post("/admin/articles/" + id + "/" + button)).param("version", version));
	}

	Article story(String slug) {
		return this.articles.findBySlug(slug).orElseThrow();
	}

	@Test
	void publishingWritesTheFileAndShowsTheStoryToReaders() throws Exception {
		save("/admin/articles/new", "publish", "title", "Harbour reopens", "section", "World", "authors",
				"Ana Lima, Kim Min-jun", "tags", "ports, trade", "commentsOpen", "true", "body",
				"Intro.\r\n\r\n## The ships\r\n\r\nText.")
			.andExpect(status().is3xxRedirection());
		Article story = story("harbour-reopens");
		assertThat(story.isDraft()).isFalse();
		assertThat(story.getSourcePath()).isEqualTo("world/harbour-reopens.md");
		String file = Files.readString(Path.of(DIR, "world/harbour-reopens.md"));
		assertThat(file).startsWith("---\ntitle: Harbour reopens\nslug: harbour-reopens\n")
			.contains("authors:\n- Ana Lima\n- Kim Min-jun\n")
			.endsWith("## The ships\n\nText.\n");
		this.mvc.perform(get("/articles/harbour-reopens"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"the-ships\"")));
		this.loader.load();
		assertThat(story("harbour-reopens").getVersion()).as("the written file loads unchanged")
			.isEqualTo(story.getVersion());
	}

	@Test
	void aDraftStaysHiddenAndASlugClashIsAFormError() throws Exception {
		save("/admin/articles/new", "draft", "title", "Quiet draft", "body", "Draft text.")
			.andExpect(status().is3xxRedirection());
		assertThat(story("quiet-draft").isDraft()).isTrue();
		this.mvc.perform(get("/articles/quiet-draft")).andExpect(status().isNotFound());
		save("/admin/articles/new", "draft", "title", "Another", "slug", "Quiet draft", "body", "Typed body")
			.andExpect(status().isOk())
			.andExpect(view().name(ArticleEditorController.FORM))
			.andExpect(model().attributeHasFieldErrorCode("form", "slug", "editor.slug.taken"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Typed body")));
	}

	@Test
	void aMissingTitleOrAltTextKeepsEverythingTyped() throws Exception {
		save("/admin/articles/new", "publish", "title", " ", "image", "/media/x.png", "body", "Kept words")
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "title", "imageAlt"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Kept words")));
	}

	@Test
	void aScheduledStoryAppearsByItselfWhenItsTimeComes() throws Exception {
		save("/admin/articles/new", "schedule", "title", "Tomorrow's news", "date", "2026-03-01T12:00", "body", "Soon.")
			.andExpect(status().is3xxRedirection());
		assertThat(story("tomorrows-news").isDraft()).isFalse();
		this.mvc.perform(get("/articles/tomorrows-news")).andExpect(status().isNotFound());
		this.clock.advance(Duration.ofHours(4));
		try {
			this.mvc.perform(get("/articles/tomorrows-news")).andExpect(status().isOk());
		}
		finally {
			this.clock.advance(Duration.ofHours(-4));
		}
	}

	@Test
	void schedulingInThePastIsAFormError() throws Exception {
		save("/admin/articles/new", "schedule", "title", "Late", "date", "2020-01-01T12:00", "body", "x")
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "date", "editor.schedule.past"));
	}

	@Test
	void aDateWithoutATimeIsAFormErrorInWordsNotAJavaMessage() throws Exception {
		save("/admin/articles/new", "publish", "title", "Dated", "date", "2026-01-04", "body", "Kept words")
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "date"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Enter a date and time like")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("java."))));
	}

	@Test
	void valuesThatDoNotConvertAreFormErrorsNeverA500() throws Exception {
		save("/admin/articles/new", "publish", "title", "Pictured", "date", "soon", "image", "/media/x.png", "body",
				"x")
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "date", "imageAlt"));
		save("/admin/articles/new", "publish", "title", "Forged", "version", "abc", "lead", "maybe", "body", "x")
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("reload the page")));
	}

	@Test
	void markdownNestedTooDeeplyIsAFormErrorNotA500() throws Exception {
		for (String action : new String[] { "publish", "preview" }) {
			save("/admin/articles/new", action, "title", "Deep", "body", ">".repeat(100_000) + " deep")
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("nested too deeply")));
		}
	}

	@Test
	void unpublishTrashAndRestoreMoveTheStoryAndItsFile() throws Exception {
		save("/admin/articles/new", "publish", "title", "Round trip", "body", "Body.");
		long id = story("round-trip").getId();
		click(id, "unpublish").andExpect(status().is3xxRedirection());
		assertThat(story("round-trip").isDraft()).isTrue();
		assertThat(Files.readString(Path.of(DIR, "round-trip.md"))).contains("\ndraft: true\n");
		click(id, "trash").andExpect(status().is3xxRedirection());
		assertThat(story("round-trip").isRemoved()).isTrue();
		assertThat(Path.of(DIR, "round-trip.md")).doesNotExist();
		assertThat(Path.of(DIR, ".trash/round-trip.md")).exists();
		click(id, "restore").andExpect(status().is3xxRedirection());
		assertThat(story("round-trip").isRemoved()).isFalse();
		assertThat(Path.of(DIR, "round-trip.md")).exists();
		click(id, "publish").andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/articles/round-trip")).andExpect(status().isOk());
	}

	@Test
	void theSecondOfTwoEditorsGetsTheConflictPage() throws Exception {
		save("/admin/articles/new", "publish", "title", "Two editors", "body", "First.");
		Article opened = story("two-editors");
		String url = "/admin/articles/" + opened.getId() + "/edit";
		String version = String.valueOf(opened.getVersion());
		save(url, "update", "version", version, "fileHash", opened.getContentHash(), "title", "Two editors", "body",
				"Editor one.")
			.andExpect(status().is3xxRedirection());
		save(url, "update", "version", version, "fileHash", opened.getContentHash(), "title", "Two editors", "body",
				"Editor two.")
			.andExpect(status().isOk())
			.andExpect(view().name("admin/articles/conflict"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Editor one.")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Editor two.")));
		assertThat(story("two-editors").getMarkdown()).contains("Editor one.");
	}

	@Test
	void aFileChangedOnDiskIsNotOverwritten() throws Exception {
		save("/admin/articles/new", "publish", "title", "Disk wins", "body", "Admin text.");
		Article opened = story("disk-wins");
		Path file = Path.of(DIR, "disk-wins.md");
		Files.writeString(file, Files.readString(file).replace("Admin text.", "Edited in git."),
				StandardCharsets.UTF_8);
		save("/admin/articles/" + opened.getId() + "/edit", "update", "version", String.valueOf(opened.getVersion()),
				"fileHash", opened.getContentHash(), "title", "Disk wins", "body", "Admin again.")
			.andExpect(view().name("admin/articles/conflict"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Edited in git.")));
		assertThat(Files.readString(file)).contains("Edited in git.");
	}

	@Test
	void previewUsesThePublicStoryTemplate() throws Exception {
		save("/admin/articles/new", "preview", "title", "Preview me", "body", "## Part one\n\nText")
			.andExpect(status().isOk())
			.andExpect(view().name("articles/show"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"part-one\"")));
		assertThat(this.articles.findBySlug("preview-me")).isEmpty();
		this.mvc.perform(asEditor(post("/admin/articles/preview")).param("title", "Live").param("body", "**bold**"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<strong>bold</strong>")));
	}

	@Test
	void theDashboardCountsStoriesByStatusAndExportsMarkdown() throws Exception {
		save("/admin/articles/new", "draft", "title", "Counted draft", "body", "x");
		this.mvc.perform(get("/admin").param("status", "draft").with(user("ed").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(model().attributeExists("counts", "review"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Counted draft")));
		long id = story("counted-draft").getId();
		this.mvc.perform(get("/admin/articles/" + id + "/export").with(user("ed").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.startsWith("---\ntitle: Counted draft\n")));
	}

}
