package org.broadsheet.reply;

import java.util.List;

import jakarta.servlet.http.Cookie;
import org.broadsheet.article.Article;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.reply.ReplyPosts.set;
import static org.broadsheet.reply.ReplyPosts.withHeader;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ReplyTest
class ReplyControllerTests {

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
	void postingAReplyRedirectsToItsAnchorWith303AndStoresItPending() throws Exception {
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
		assertThat(result.getResponse().getHeaders("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith(ReaderCookies.PENDING + "=")
				.contains("HttpOnly")
				.contains("SameSite=Lax"));
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
	void aStoryWithAKoreanSlugRedirectsToAnEncodedAnchor() throws Exception {
		Article korean = this.steps.save(Stories.story("서울-소식-" + System.nanoTime(), true));
		MvcResult result = this.mvc.perform(this.steps.reply(korean.getSlug(), "안녕하세요"))
			.andExpect(status().isSeeOther())
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).startsWith("/articles/%EC%84%9C%EC%9A%B8-")
			.contains("#reply-");
	}

	@Test
	void tickingRememberSetsAOneYearCookieAndUntickingClearsIt() throws Exception {
		MvcResult remembered = this.mvc
			.perform(this.steps.reply(this.story.getSlug(), "Remember me")
				.with(set("wp-comment-cookies-consent", "yes")))
			.andExpect(status().isSeeOther())
			.andReturn();
		assertThat(remembered.getResponse().getHeaders("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith(ReaderCookies.AUTHOR + "=")
				.contains("Max-Age=31536000")
				.contains("HttpOnly")
				.contains("SameSite=Lax"));
		Cookie cookie = remembered.getResponse().getCookie(ReaderCookies.AUTHOR);
		MvcResult forgotten = this.mvc.perform(this.steps.reply(this.story.getSlug(), "Forget me").cookie(cookie))
			.andExpect(status().isSeeOther())
			.andReturn();
		assertThat(forgotten.getResponse().getHeaders("Set-Cookie"))
			.anySatisfy((header) -> assertThat(header).startsWith(ReaderCookies.AUTHOR + "=;").contains("Max-Age=0"));
	}

	@Test
	void notTickingRememberStoresNoDetails() throws Exception {
		MvcResult result = this.mvc.perform(this.steps.reply(this.story.getSlug(), "No cookie for me"))
			.andExpect(status().isSeeOther())
			.andReturn();
		assertThat(result.getResponse().getHeaders("Set-Cookie"))
			.noneSatisfy((header) -> assertThat(header).startsWith(ReaderCookies.AUTHOR));
	}

	@Test
	void theFormPageForAnsweringAReplyNamesItsPosterAndOffersCancel() throws Exception {
		Reply parent = approvedReply("Worth answering");
		this.mvc.perform(get("/articles/{slug}/replies", this.story.getSlug()).param("replytocom", "" + parent.getId()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Reply to Ada Reader")))
			.andExpect(content().string(containsString("id=\"cancel-reply\"")))
			.andExpect(content().string(containsString("name=\"comment_parent\" value=\"" + parent.getId() + "\"")))
			.andExpect(header().string("Cache-Control", ReplyPageModel.SHARED))
			.andExpect(header().doesNotExist("Set-Cookie"));
	}

	@Test
	void answeringAnApprovedReplyNestsTheAnswer() throws Exception {
		Reply parent = approvedReply("Parent");
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

	Reply approvedReply(String text) throws Exception {
		return this.steps.approved(this.story, text);
	}

	@Nested
	class Refusals {

		@Test
		void missingEmailAnswers400WithTheTypedTextKeptAndNothingStored() throws Exception {
			mvc.perform(steps.reply(story.getSlug(), "Kept <text> & more").with(set("email", "")))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("Kept &lt;text&gt; &amp; more")))
				.andExpect(content().string(containsString("Please enter your email address.")))
				.andExpect(content().string(containsString("value=\"Ada Reader\"")))
				.andExpect(header().string("Cache-Control", ReplyPageModel.PERSONAL));
			assertThat(storedOnStory()).isEmpty();
		}

		@Test
		void aNonWebWebsiteAnswers400() throws Exception {
			mvc.perform(steps.reply(story.getSlug(), "Hi").with(set("url", "javascript:alert(1)")))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("must be an address starting with http")));
			assertThat(storedOnStory()).isEmpty();
		}

		@Test
		void aTooLongNameAnswers400() throws Exception {
			mvc.perform(steps.reply(story.getSlug(), "Hi").with(set("author", "n".repeat(246))))
				.andExpect(status().isBadRequest());
			assertThat(storedOnStory()).isEmpty();
		}

		@Test
		void aNonNumericParentAnswers400() throws Exception {
			mvc.perform(steps.reply(story.getSlug(), "Hi").with(set("comment_parent", "abc")))
				.andExpect(status().isBadRequest());
			assertThat(storedOnStory()).isEmpty();
		}

		@Test
		void postingToAClosedStoryAnswers403AndSaysRepliesAreClosed() throws Exception {
			Article closed = steps.closedStory();
			mvc.perform(steps.reply(closed.getSlug(), "Too late"))
				.andExpect(status().isForbidden())
				.andExpect(content().string(containsString("Replies are closed.")))
				.andExpect(content().string(not(containsString("id=\"reply-form\""))));
			assertThat(steps.repliesOn(closed)).isEmpty();
		}

		@Test
		void aCrossSiteOriginAnswers403() throws Exception {
			mvc.perform(steps.reply(story.getSlug(), "Forged").with(withHeader("Origin", "https://evil.example")))
				.andExpect(status().isForbidden());
			mvc.perform(steps.reply(story.getSlug(), "Forged").with(withHeader("Sec-Fetch-Site", "cross-site")))
				.andExpect(status().isForbidden());
			assertThat(storedOnStory()).isEmpty();
		}

		@Test
		void anOldClientWithoutOriginHeadersIsAcceptedWithAValidToken() throws Exception {
			mvc.perform(steps.reply(story.getSlug(), "Old browser")
				.with(withHeader("Origin", null))
				.with(withHeader("Sec-Fetch-Site", null))).andExpect(status().isSeeOther());
			assertThat(storedOnStory()).hasSize(1);
		}

		@Test
		void aBadTokenAnswers403WithTheFormAgainAndTheTextKept() throws Exception {
			mvc.perform(steps.reply(story.getSlug(), "My careful words").with(set("token", "1.forged")))
				.andExpect(status().isForbidden())
				.andExpect(content().string(containsString("My careful words")))
				.andExpect(content().string(containsString("expired or could not be verified")))
				.andExpect(content().string(containsString("id=\"reply-form\"")));
			assertThat(storedOnStory()).isEmpty();
		}

		@Test
		void aTokenForAnotherStoryAnswers403() throws Exception {
			Article other = steps.publicStory();
			mvc.perform(steps.reply(story.getSlug(), "Hi").with(set("token", steps.token(other.getSlug()))))
				.andExpect(status().isForbidden());
			assertThat(storedOnStory()).isEmpty();
		}

		@Test
		void theSameTextByTheSameEmailAnswers409() throws Exception {
			mvc.perform(steps.reply(story.getSlug(), "Said once").with(set("email", "same@example.org")))
				.andExpect(status().isSeeOther());
			mvc.perform(steps.reply(story.getSlug(), "Said once").with(set("email", "SAME@example.org")))
				.andExpect(status().isConflict())
				.andExpect(content().string(containsString("already said that")))
				.andExpect(content().string(containsString("Said once")));
			assertThat(storedOnStory()).hasSize(1);
		}

		@Test
		void aSecondReplyFromOneAddressWithinTheFloodIntervalAnswers429WithRetryAfter() throws Exception {
			String address = ReplyPosts.freshAddress();
			mvc.perform(steps.reply(story.getSlug(), "One", address)).andExpect(status().isSeeOther());
			mvc.perform(steps.reply(story.getSlug(), "Two", address))
				.andExpect(status().isTooManyRequests())
				.andExpect(header().exists("Retry-After"))
				.andExpect(content().string(containsString("too quickly")))
				.andExpect(content().string(containsString("Two")));
			assertThat(storedOnStory()).hasSize(1);
		}

		@Test
		void answeringAReplyThatIsNotApprovedAnswers400() throws Exception {
			mvc.perform(steps.reply(story.getSlug(), "Pending parent")).andExpect(status().isSeeOther());
			Reply pending = storedOnStory().get(0);
			mvc.perform(steps.reply(story.getSlug(), "Child").with(set("comment_parent", "" + pending.getId())))
				.andExpect(status().isBadRequest());
			assertThat(storedOnStory()).hasSize(1);
		}

	}

}
