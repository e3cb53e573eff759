package org.broadsheet.reply;

import java.time.Duration;

import org.broadsheet.article.Article;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import static org.broadsheet.reply.ReplyPosts.reply;
import static org.broadsheet.reply.ReplyPosts.set;
import static org.broadsheet.reply.ReplyPosts.withHeader;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every way the reply form refuses a post, in the web slice: invalid fields (400 with
 * everything typed kept), a closed story, another site or a bad token (403), and how the
 * rules' refusals are answered (409, 429 with {@code Retry-After}, 400). Nothing reaches
 * the rules when the form itself is refused.
 */
@ReplyWebSlice
class ReplyFormRefusalsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	FormTokens tokens;

	@Autowired
	ReplyService service;

	@Autowired
	PublicArticles articles;

	@BeforeEach
	void publishStory() {
		published(Stories.story("slice-story", true), 7L);
	}

	Article published(Article article, long id) {
		ReflectionTestUtils.setField(article, "id", id);
		given(this.articles.bySlug(article.getSlug())).willReturn(article);
		given(this.articles.forPosting(article.getSlug()))
			.willReturn(new PostTarget(id, article.getSlug(), article.isCommentsOpen(), article.getPublishedAt()));
		return article;
	}

	@Test
	void missingEmailAnswers400WithTheTypedTextKeptAndNothingStored() throws Exception {
		this.mvc.perform(reply(this.tokens, "slice-story", "Kept <text> & more").with(set("email", "")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Kept &lt;text&gt; &amp; more")))
			.andExpect(content().string(containsString("Please enter your email address.")))
			.andExpect(content().string(containsString("value=\"Ada Reader\"")))
			.andExpect(header().string("Cache-Control", ReplyCacheHeaders.PERSONAL));
		then(this.service).shouldHaveNoInteractions();
	}

	@Test
	void aNonWebWebsiteAnswers400() throws Exception {
		this.mvc.perform(reply(this.tokens, "slice-story", "Hi").with(set("url", "javascript:alert(1)")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("must be an address starting with http")));
		then(this.service).shouldHaveNoInteractions();
	}

	@Test
	void aTooLongNameAnswers400() throws Exception {
		this.mvc.perform(reply(this.tokens, "slice-story", "Hi").with(set("author", "n".repeat(246))))
			.andExpect(status().isBadRequest());
		then(this.service).shouldHaveNoInteractions();
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "-1", "1.5", "99999999999999999999" })
	void aParentThatIsNoIdAnswers400SayingThatReplyCannotBeAnswered(String parent) throws Exception {
		this.mvc.perform(reply(this.tokens, "slice-story", "Hi").with(set("comment_parent", parent)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("reply to that reply")))
			.andExpect(content().string(not(containsString("check the fields marked below"))));
		then(this.service).shouldHaveNoInteractions();
	}

	@Test
	void postingToAClosedStoryAnswers403AndSaysRepliesAreClosed() throws Exception {
		Article closed = published(Stories.story("closed-story", false), 9L);
		this.mvc.perform(reply(this.tokens, closed.getSlug(), "Too late"))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Replies are closed.")))
			.andExpect(content().string(not(containsString("id=\"reply-form\""))));
		then(this.service).shouldHaveNoInteractions();
	}

	@Test
	void aCrossSiteOriginAnswers403() throws Exception {
		this.mvc.perform(reply(this.tokens, "slice-story", "Forged").with(withHeader("Origin", "https://evil.example")))
			.andExpect(status().isForbidden());
		this.mvc.perform(reply(this.tokens, "slice-story", "Forged").with(withHeader("Sec-Fetch-Site", "cross-site")))
			.andExpect(status().isForbidden());
		then(this.service).shouldHaveNoInteractions();
	}

	@Test
	void aBadTokenAnswers403WithTheFormAgainAndTheTextKept() throws Exception {
		this.mvc.perform(reply(this.tokens, "slice-story", "My careful words").with(set("token", "1.forged")))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("My careful words")))
			.andExpect(content().string(containsString("expired or could not be verified")))
			.andExpect(content().string(containsString("id=\"reply-form\"")));
		then(this.service).shouldHaveNoInteractions();
	}

	@Test
	void aTokenForAnotherStoryAnswers403() throws Exception {
		this.mvc
			.perform(reply(this.tokens, "slice-story", "Hi")
				.with(set("token", ReplyPosts.token(this.tokens, "other-story"))))
			.andExpect(status().isForbidden());
		then(this.service).shouldHaveNoInteractions();
	}

	@Test
	void aDuplicateAnswers409WithTheTextKept() throws Exception {
		refuse(new PostOutcome.Refused(new Verdict.Refuse(Verdict.Refusal.DUPLICATE, Duration.ZERO)));
		this.mvc.perform(reply(this.tokens, "slice-story", "Said once"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("already said that")))
			.andExpect(content().string(containsString("Said once")));
	}

	@Test
	void aFloodAnswers429WithRetryAfterAndTheTextKept() throws Exception {
		refuse(new PostOutcome.Refused(new Verdict.Refuse(Verdict.Refusal.FLOOD, Duration.ofSeconds(12))));
		this.mvc.perform(reply(this.tokens, "slice-story", "Two"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "12"))
			.andExpect(content().string(containsString("too quickly")))
			.andExpect(content().string(containsString("Two")));
	}

	@Test
	void anAnswerToAReplyThatCannotBeAnsweredAnswers400() throws Exception {
		refuse(new PostOutcome.ParentRefused());
		this.mvc.perform(reply(this.tokens, "slice-story", "Child").with(set("comment_parent", "5")))
			.andExpect(status().isBadRequest());
	}

	void refuse(PostOutcome outcome) {
		given(this.service.post(any(), any(), anyInt(), any())).willReturn(outcome);
	}

}
