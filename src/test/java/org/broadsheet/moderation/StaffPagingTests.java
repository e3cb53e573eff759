package org.broadsheet.moderation;

import org.broadsheet.article.Article;
import org.broadsheet.reply.Reply;
import org.broadsheet.reply.ReplySteps;
import org.broadsheet.reply.ReplyTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Page numbers a moderator (or someone editing the address bar) can type into the queue
 * and the log: past the end is the last page, below zero the first, never a 500.
 */
@ReplyTest
@WithMockUser(username = "pager", roles = "MODERATOR")
class StaffPagingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ModerationService moderation;

	Reply reply;

	@BeforeEach
	void oneReplyInEachList(ReplySteps steps) {
		steps.emptyQueue();
		Article story = steps.publicStory();
		this.reply = steps.pendingReply(story, "Pager", "paged");
		Reply trashed = steps.pendingReply(story, "Binned", "binned");
		this.moderation.moderate(trashed.getId(), trashed.getVersion(), ModerationAction.TRASH, "pager");
	}

	@ParameterizedTest
	@ValueSource(strings = { "2147483647", "2147483646", "99999", "1", "-1", "-2147483648", "0" })
	void anyPageNumberOfTheQueueShowsARealPage(String page) throws Exception {
		this.mvc.perform(get("/moderation").param("page", page))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("pager@example.com")));
		this.mvc.perform(get("/moderation").param("status", "trash").param("page", page))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("binned@example.com")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2147483647", "99999", "-1", "-2147483648" })
	void anyPageNumberOfTheLogShowsARealPage(String page) throws Exception {
		this.mvc.perform(get("/moderation/log").param("page", page))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<td>pager</td>")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "1e3", "99999999999", "" })
	void aPageThatIsNotANumberIsA400Page(String page) throws Exception {
		this.mvc.perform(get("/moderation").param("page", page)).andExpect(status().is(page.isEmpty() ? 200 : 400));
		this.mvc.perform(get("/moderation/log").param("page", page)).andExpect(status().is(page.isEmpty() ? 200 : 400));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2147483647", "-5" })
	void anActionFromAnOutOfRangePageReturnsToARealPage(String page) throws Exception {
		String back = this.mvc
			.perform(post("/moderation/replies/{id}/approve", this.reply.getId()).with(csrf())
				.param("version", String.valueOf(this.reply.getVersion()))
				.param("page", page))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(get(back)).andExpect(status().isOk());
	}

}
