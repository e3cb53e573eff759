package org.broadsheet.editorial;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.broadsheet.MutableClock;
import org.broadsheet.article.Article;
import org.broadsheet.article.ArticleRepository;
import org.broadsheet.content.ContentLoader;
import org.broadsheet.content.LoadReport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Corrections: an editor adds one to a published story; it is kept in the story file,
 * shown at the end of the story with its date, in the JSON-LD, and counts as the update.
 */
@EditorialTest
class CorrectionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticleRepository articles;

	@Autowired
	ContentLoader loader;

	@Autowired
	MutableClock clock;

	Newsroom newsroom() {
		return new Newsroom(this.mvc, this.articles);
	}

	ResultActions correct(Article story, String text, String date) throws Exception {
		return this.mvc.perform(Newsroom.asEditor(post("/admin/articles/" + story.getId() + "/corrections"))
			.param("version", String.valueOf(this.articles.findById(story.getId()).orElseThrow().getVersion()))
			.param("text", text)
			.param("date", date));
	}

	@Test
	void aCorrectionIsShownAtTheEndOfTheStoryWithItsDateAndCountsAsTheUpdate() throws Exception {
		Article story = newsroom().publish("Bridge count", "The bridge has 14 spans.");
		this.mvc.perform(get("/admin/articles/" + story.getId() + "/edit").with(user("ed").roles("EDITOR")))
			.andExpect(content().string(containsString("id=\"correction-form\"")))
			.andExpect(content().string(containsString("value=\"2026-03-01\"")));
		this.clock.advance(Duration.ofDays(2));
		try {
			correct(story, "  The bridge has 12 spans,\n not 14. ", "2026-03-03")
				.andExpect(status().is3xxRedirection());
		}
		finally {
			this.clock.advance(Duration.ofDays(-2));
		}
		assertThat(Files.readString(Path.of(EditorialTests.DIR, "bridge-count.md")))
			.contains("\ncorrections:\n- date: 2026-03-03\n  text: The bridge has 12 spans, not 14.\n");
		this.mvc.perform(get("/articles/bridge-count"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<aside class=\"corrections\" aria-label=\"Corrections\">")))
			.andExpect(content().string(containsString(
					"<strong>Correction, <time datetime=\"2026-03-03\">3 March</time>:</strong> The bridge has 12 spans, not 14.")))
			.andExpect(content().string(containsString("\"@type\":\"CorrectionComment\"")))
			.andExpect(content().string(containsString("\"datePublished\":\"2026-03-03\"")))
			.andExpect(content().string(containsString("<time datetime=\"2026-03-03T00:00:00Z\"")));
		long version = newsroom().reload(story).getVersion();
		this.loader.load();
		assertThat(newsroom().reload(story).getVersion()).as("the written file loads unchanged").isEqualTo(version);
	}

	@Test
	void correctionTextIsPlainTextAndAlwaysEscaped() throws Exception {
		Article story = newsroom().publish("Escaped note", "Body.");
		correct(story, "<script>alert(1)</script> & <b>bold</b>", "2026-03-01").andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/articles/escaped-note"))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))));
	}

	@Test
	void aCorrectionNeedsAPublishedStoryTextAndADateNotInTheFuture() throws Exception {
		Article published = newsroom().publish("Careful facts", "Body.");
		correct(published, " ", "2026-03-01").andExpect(status().isOk())
			.andExpect(view().name(EditorPages.FORM))
			.andExpect(model().attributeHasFieldErrors("correction", "text"));
		correct(published, "Fixed.", "2026-03-02").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("correction", "date", "editor.correction.future"));
		correct(published, "Fixed.", "yesterday").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("correction", "date"))
			.andExpect(content().string(containsString("Enter a date like 2026-01-05.")));
		newsroom().save("/admin/articles/new", "draft", "title", "Draft facts", "body", "Body.");
		Article draft = this.articles.findBySlug("draft-facts").orElseThrow();
		correct(draft, "Fixed.", "2026-03-01").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("correction", "text", "editor.correction.unpublished"));
		assertThat(Files.readString(Path.of(EditorialTests.DIR, "careful-facts.md"))).doesNotContain("corrections:");
	}

	@Test
	void aCorrectionFromAPageThatIsOutOfDateChangesNothing() throws Exception {
		Article story = newsroom().publish("Stale note", "Body.");
		this.mvc
			.perform(Newsroom.asEditor(post("/admin/articles/" + story.getId() + "/corrections"))
				.param("version", String.valueOf(story.getVersion() + 7))
				.param("text", "Late fix.")
				.param("date", "2026-03-01"))
			.andExpect(status().isConflict())
			.andExpect(view().name("admin/articles/stale"));
		assertThat(Files.readString(Path.of(EditorialTests.DIR, "stale-note.md"))).doesNotContain("Late fix.");
	}

	@Test
	void onlyEditorsAddCorrections() throws Exception {
		Article story = newsroom().publish("Editors only", "Body.");
		this.mvc
			.perform(post("/admin/articles/" + story.getId() + "/corrections").with(user("rep").roles("CONTRIBUTOR"))
				.with(csrf())
				.param("version", String.valueOf(story.getVersion()))
				.param("text", "Sneaky.")
				.param("date", "2026-03-01"))
			.andExpect(status().isForbidden());
	}

	@Test
	void savingTheStoryFormKeepsItsCorrections() throws Exception {
		Article story = newsroom().publish("Kept note", "First.");
		correct(story, "A name was misspelled.", "2026-03-01").andExpect(status().is3xxRedirection());
		Article corrected = newsroom().reload(story);
		newsroom()
			.save("/admin/articles/" + story.getId() + "/edit", "update", "version",
					String.valueOf(corrected.getVersion()), "fileHash", corrected.getContentHash(), "title",
					"Kept note", "body", "Second.")
			.andExpect(status().is3xxRedirection());
		assertThat(Files.readString(Path.of(EditorialTests.DIR, "kept-note.md")))
			.contains("text: A name was misspelled.\n")
			.endsWith("Second.\n");
	}

	@Test
	void correctionsWrittenInAFileAreLoadedAndABadEntryIsAWarningWithItsLine() throws Exception {
		Files.writeString(Path.of(EditorialTests.DIR, "filed-note.md"), """
				---
				title: Filed note
				date: 2026-02-01
				corrections:
				  - {date: 2026-02-03, text: "An earlier version gave the wrong score."}
				  - {text: "No date here."}
				---
				Body.
				""", StandardCharsets.UTF_8);
		LoadReport report = this.loader.load();
		assertThat(report.warnings())
			.anySatisfy((problem) -> assertThat(problem.where()).endsWith("filed-note.md line 6"));
		this.mvc.perform(get("/articles/filed-note"))
			.andExpect(content().string(containsString(
					"<time datetime=\"2026-02-03\">3 February</time>:</strong> An earlier version gave the wrong score.")))
			.andExpect(content().string(not(containsString("No date here."))));
	}

}
