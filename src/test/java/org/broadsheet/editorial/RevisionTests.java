package org.broadsheet.editorial;

import org.broadsheet.article.Article;
import org.broadsheet.article.ArticleRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every save keeps a revision; the revisions page diffs one against the current text and
 * restores it.
 */
@EditorialTest
class RevisionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticleRepository articles;

	@Autowired
	Revisions revisions;

	@Test
	void everySaveKeepsARevisionThatCanBeRestored() throws Exception {
		Newsroom newsroom = new Newsroom(this.mvc, this.articles);
		Article first = newsroom.publish("Revised", "First words.");
		newsroom.save("/admin/articles/" + first.getId() + "/edit", "update", "version",
				String.valueOf(first.getVersion()), "fileHash", first.getContentHash(), "title", "Revised", "body",
				"Second words.");
		this.mvc.perform(get("/admin/articles/" + first.getId() + "/revisions").with(user("ed").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(model().attribute("revisions", hasSize(2)));
		long oldest = this.revisions.of(first.getId()).get(1).getId();
		this.mvc
			.perform(get("/admin/articles/" + first.getId() + "/revisions/" + oldest).with(user("ed").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<del>First</del><ins>Second</ins> words.")));
		this.mvc
			.perform(Newsroom.asEditor(post("/admin/articles/" + first.getId() + "/revisions/" + oldest + "/restore")))
			.andExpect(status().is3xxRedirection());
		assertThat(newsroom.reload(first).getMarkdown()).contains("First words.");
	}

}
