package org.broadsheet.reply;

import java.util.List;

import org.broadsheet.article.Article;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.reply.ReplyPosts.set;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reply form through the whole application: what a post stores, and the answers that
 * depend on what is stored already. These need the database and the real rules (the
 * status and rule a reply is stored with, spam kept as spam, the depth of an answer, a
 * duplicate or a flood found among earlier replies, an unknown story), so they are not in
 * the {@link ReplyControllerTests} web slice, which covers the form's HTTP side.
 */
@ReplyTest
class ReplyFormIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	FormTokens tokens;

	ReplySteps steps;

	Article story;

	@BeforeEach
	void createStory(ReplySteps steps) {
		this.steps = steps;
		this.story = steps.publicStory();
	}

	List<Reply> storedOnStory() {
		return this.steps.repliesOn(this.story);
	}

	@Test
	void postingAReplyStoresItPendingAndRedirectsToItsAnchor() throws Exception {
		MvcResult result = this.mvc.perform(this.steps.reply(this.story.getSlug(), "First!\n\nSecond paragraph."))
			.andExpect(status().isSeeOther())
			.andReturn();
		List<Reply> stored = storedOnStory();
		assertThat(stored).singleElement().satisfies((reply) -> {
			assertThat(reply.getStatus()).isEqualTo(ReplyStatus.PENDING);
			assertThat(reply.getRule()).isEqualTo("default");
			assertThat(reply.getText()).isEqualTo("First!\n\nSecond paragraph.");
			assertThat(reply.getIpHash()).hasSize(64).doesNotContain("10.");
			assertThat(reply.getUserAgentHash()).hasSize(64);
		});
		assertThat(result.getResponse().getRedirectedUrl())
			.isEqualTo("/articles/" + this.story.getSlug() + "#reply-" + stored.get(0).getId());
	}

	@Test
	void aFilledHoneypotIsStoredAsSpamWhileThePosterSeesTheUsualRedirect() throws Exception {
		this.mvc.perform(this.steps.reply(this.story.getSlug(), "Buy now").with(set("hp", "bot")))
			.andExpect(status().isSeeOther());
		assertThat(storedOnStory()).singleElement()
			.satisfies((reply) -> assertThat(reply.getStatus()).isEqualTo(ReplyStatus.SPAM));
	}

	@Test
	void aFormPostedFasterThanThreeSecondsIsStoredAsSpamWhileThePosterSeesTheUsualRedirect() throws Exception {
		this.mvc
			.perform(this.steps.reply(this.story.getSlug(), "Too quick")
				.with(set("token", this.tokens.issue(this.story.getSlug()))))
			.andExpect(status().isSeeOther());
		assertThat(storedOnStory()).singleElement().satisfies((reply) -> {
			assertThat(reply.getStatus()).isEqualTo(ReplyStatus.SPAM);
			assertThat(reply.getRule()).isEqualTo("too-fast");
		});
	}

	@Test
	void answeringAnApprovedReplyNestsTheAnswer() throws Exception {
		Reply parent = this.steps.approved(this.story, "Parent");
		this.mvc
			.perform(this.steps.reply(this.story.getSlug(), "Child").with(set("comment_parent", "" + parent.getId())))
			.andExpect(status().isSeeOther());
		assertThat(storedOnStory()).filteredOn((r) -> r.getText().equals("Child"))
			.singleElement()
			.satisfies((child) -> {
				assertThat(child.getParentId()).isEqualTo(parent.getId());
				assertThat(child.getDepth()).isEqualTo(2);
			});
	}

	@Test
	void postingToAnUnknownStoryAnswers404() throws Exception {
		this.mvc.perform(this.steps.reply("no-such-story", "Hello")).andExpect(status().isNotFound());
	}

	@Test
	void theSameTextByTheSameEmailAnswers409() throws Exception {
		this.mvc.perform(this.steps.reply(this.story.getSlug(), "Said once").with(set("email", "same@example.org")))
			.andExpect(status().isSeeOther());
		this.mvc.perform(this.steps.reply(this.story.getSlug(), "Said once").with(set("email", "SAME@example.org")))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("already said that")))
			.andExpect(content().string(containsString("Said once")));
		assertThat(storedOnStory()).hasSize(1);
	}

	@Test
	void aSecondReplyFromOneAddressWithinTheFloodIntervalAnswers429WithRetryAfter() throws Exception {
		String address = ReplyPosts.freshAddress();
		this.mvc.perform(this.steps.reply(this.story.getSlug(), "One", address)).andExpect(status().isSeeOther());
		this.mvc.perform(this.steps.reply(this.story.getSlug(), "Two", address))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().string(containsString("too quickly")))
			.andExpect(content().string(containsString("Two")));
		assertThat(storedOnStory()).hasSize(1);
	}

	@Test
	void answeringAReplyThatIsNotApprovedAnswers400() throws Exception {
		this.mvc.perform(this.steps.reply(this.story.getSlug(), "Pending parent")).andExpect(status().isSeeOther());
		Reply pending = storedOnStory().get(0);
		this.mvc
			.perform(this.steps.reply(this.story.getSlug(), "Child").with(set("comment_parent", "" + pending.getId())))
			.andExpect(status().isBadRequest());
		assertThat(storedOnStory()).hasSize(1);
	}

	@Test
	void parentsThatNameNoAnswerableReplyAnswer400AndTheFormPostsATopLevelReplyNext() throws Exception {
		Reply elsewhere = this.steps.approved(this.steps.publicStory(), "On another story");
		for (String parent : List.of("-1", "-9223372036854775808", "9223372036854775807", "123456789012",
				"" + elsewhere.getId())) {
			this.mvc
				.perform(this.steps.reply(this.story.getSlug(), "Child of " + parent)
					.with(set("comment_parent", parent)))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("reply to that reply")))
				.andExpect(content().string(not(containsString("name=\"comment_parent\""))));
		}
		assertThat(storedOnStory()).isEmpty();
	}

	@Test
	void aZeroParentPostsATopLevelReplyAsWordPressDoes() throws Exception {
		this.mvc.perform(this.steps.reply(this.story.getSlug(), "Top level").with(set("comment_parent", "0")))
			.andExpect(status().isSeeOther());
		assertThat(storedOnStory()).singleElement().satisfies((reply) -> assertThat(reply.getParentId()).isNull());
	}

	@Test
	void aNameAtTheLimitInEmojiIsStoredAndOneMoreIsRefused() throws Exception {
		String name = "😀".repeat(245);
		this.mvc.perform(this.steps.reply(this.story.getSlug(), "Named in emoji").with(set("author", name)))
			.andExpect(status().isSeeOther());
		assertThat(storedOnStory()).singleElement()
			.satisfies((reply) -> assertThat(reply.getAuthorName()).isEqualTo(name));
		this.mvc.perform(this.steps.reply(this.story.getSlug(), "One more").with(set("author", name + "😀")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("at most 245 characters")));
	}

}
