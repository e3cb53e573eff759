package org.broadsheet.editorial;

import org.broadsheet.article.Article;
import org.broadsheet.article.ArticleRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The one-click buttons (Unpublish, Publish, Trash, Restore) act only on the version the
 * editor saw: a click from a page that is out of date gets a 409 page and changes
 * nothing.
 */
@EditorialTest
class OneClickChangesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticleRepository articles;

	@Test
	void aClickFromAnOutOfDatePageAnswers409AndChangesNothing() throws Exception {
		Newsroom newsroom = new Newsroom(this.mvc, this.articles);
		Article story = newsroom.publish("Second thoughts", "Body.");
		String stale = String.valueOf(story.getVersion() + 1);
		for (String button : new String[] { "unpublish", "trash", "restore", "publish" }) {
			this.mvc
				.perform(Newsroom.asEditor(post("/admin/articles/" + story.getId() + "/" + button))
					.param("version", stale))
				.andExpect(status().isConflict())
				.andExpect(view().name("admin/articles/stale"))
				.andExpect(content().string(containsString("Nothing was done")));
		}
		Article after = newsroom.reload(story);
		assertThat(after.getVersion()).isEqualTo(story.getVersion());
		assertThat(after.isDraft() || after.isRemoved()).isFalse();
		this.mvc.perform(get("/articles/second-thoughts")).andExpect(status().isOk());
	}

	@Test
	void aClickWithoutAVersionChangesNothing() throws Exception {
		Newsroom newsroom = new Newsroom(this.mvc, this.articles);
		Article story = newsroom.publish("No version sent", "Body.");
		this.mvc.perform(Newsroom.asEditor(post("/admin/articles/" + story.getId() + "/trash")))
			.andExpect(status().isConflict());
		assertThat(newsroom.reload(story).isRemoved()).isFalse();
	}

	@Test
	void theEditPageSendsTheVersionWithEveryButton() throws Exception {
		Newsroom newsroom = new Newsroom(this.mvc, this.articles);
		Article story = newsroom.publish("Versioned buttons", "Body.");
		this.mvc.perform(get("/admin/articles/" + story.getId() + "/edit")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("ed")
				.roles("EDITOR")))
			.andExpect(content().string(containsString(
					"<input type=\"hidden\" name=\"version\" value=\"" + newsroom.reload(story).getVersion() + "\">")));
	}

}
