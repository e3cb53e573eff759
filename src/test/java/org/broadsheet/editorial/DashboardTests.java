package org.broadsheet.editorial;

import java.time.Instant;

import org.broadsheet.article.Article;
import org.broadsheet.article.ArticleRepository;
import org.broadsheet.reply.ReplyFixtures;
import org.broadsheet.reply.ReplyRepository;
import org.broadsheet.reply.ReplyStatus;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The newsroom dashboard counts the replies awaiting moderation and links to the queue
 * only for staff who may moderate.
 */
@EditorialTest
class DashboardTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticleRepository articles;

	@Autowired
	ReplyRepository replies;

	@Test
	void theDashboardCountsPendingRepliesAndLinksModeratorsToTheQueue() throws Exception {
		long before = this.replies.countByStatus(ReplyStatus.PENDING);
		Article story = ReplyFixtures.story(this.articles);
		ReplyFixtures.reply(this.replies, story, "Ana", "ana@example.org", "First", ReplyStatus.PENDING, Instant.now());
		ReplyFixtures.reply(this.replies, story, "Bo", "bo@example.org", "Second", ReplyStatus.PENDING, Instant.now());
		ReplyFixtures.reply(this.replies, story, "Cy", "cy@example.org", "Third", ReplyStatus.APPROVED, Instant.now());
		String waiting = (before + 2) + " replies are waiting for moderation.";
		this.mvc.perform(get("/admin").with(user("ed").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(model().attribute("pendingReplies", before + 2))
			.andExpect(content().string(containsString(waiting)))
			.andExpect(content().string(not(containsString("Open the moderation queue"))));
		this.mvc.perform(get("/admin").with(user("boss").roles("ADMIN")))
			.andExpect(content().string(containsString(waiting)))
			.andExpect(content().string(containsString("Open the moderation queue")));
		this.mvc.perform(get("/admin").with(user("both").roles("EDITOR", "MODERATOR")))
			.andExpect(content().string(containsString("href=\"/moderation\">Open the moderation queue")));
	}

}
