package org.broadsheet.reply;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import org.broadsheet.article.Article;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.reply.ReplyPosts.reply;
import static org.broadsheet.reply.ReplyPosts.set;
import static org.broadsheet.reply.ReplyPosts.withHeader;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reply form over HTTP in a web slice: an accepted post is bound, checked and
 * answered with a redirect to its anchor and the reader's cookies; the form page answers
 * a reply. The rules and storage are mocked: refusals are in
 * {@link ReplyFormRefusalsTests}, what a post stores in
 * {@link ReplyFormIntegrationTests}.
 */
@ReplyWebSlice
class ReplyControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	FormTokens tokens;

	@Autowired
	ReplyService service;

	@Autowired
	PublicArticles articles;

	@Autowired
	ReplyRepository replies;

	Article story;

	@BeforeEach
	void publishStory() {
		this.story = published(Stories.story("slice-story", true), 7L);
		given(this.service.post(any(), any(), anyInt(), any()))
			.willReturn(new PostOutcome.Posted(42L, ReplyStatus.PENDING));
	}

	Article published(Article article, long id) {
		ReflectionTestUtils.setField(article, "id", id);
		given(this.articles.bySlug(article.getSlug())).willReturn(article);
		given(this.articles.forPosting(article.getSlug()))
			.willReturn(new PostTarget(id, article.getSlug(), article.isCommentsOpen(), article.getPublishedAt()));
		return article;
	}

	Submission posted() {
		ArgumentCaptor<Submission> submission = ArgumentCaptor.forClass(Submission.class);
		then(this.service).should().post(submission.capture(), any(), anyInt(), any());
		return submission.getValue();
	}

	@Test
	void postingAReplyRedirectsToItsAnchorWith303AndSetsThePendingCookie() throws Exception {
		MvcResult result = this.mvc.perform(reply(this.tokens, "slice-story", "First!\n\nSecond paragraph."))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/articles/slice-story#reply-42"))
			.andReturn();
		assertThat(result.getResponse().getHeaders("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith(ReaderCookies.PENDING + "=")
				.contains("HttpOnly")
				.contains("SameSite=Lax"));
		Submission submission = posted();
		assertThat(submission.articleId()).isEqualTo(7L);
		assertThat(submission.text()).isEqualTo("First!\n\nSecond paragraph.");
		assertThat(submission.ipHash()).hasSize(64).doesNotContain("10.");
		assertThat(submission.userAgentHash()).hasSize(64);
	}

	@Test
	void theTypedFieldsAndTheTokensAgeReachTheRules() throws Exception {
		this.mvc
			.perform(reply(this.tokens, "slice-story", "Answer").with(set("hp", "bot"))
				.with(set("comment_parent", "5"))
				.with(set("notify_story", "yes")))
			.andExpect(status().isSeeOther());
		ArgumentCaptor<Submission> captured = ArgumentCaptor.forClass(Submission.class);
		then(this.service).should().post(captured.capture(), eq(5L), anyInt(), eq(FollowUps.STORY));
		Submission submission = captured.getValue();
		assertThat(submission.author().name()).isEqualTo("Ada Reader");
		assertThat(submission.author().website()).isEqualTo("https://ada.example.org/");
		assertThat(submission.honeypot()).isEqualTo("bot");
		assertThat(submission.sinceRendered()).isBetween(Duration.ofSeconds(9), Duration.ofSeconds(12));
	}

	@Test
	void anOldClientWithoutOriginHeadersIsAcceptedWithAValidToken() throws Exception {
		this.mvc
			.perform(reply(this.tokens, "slice-story", "Old browser").with(withHeader("Origin", null))
				.with(withHeader("Sec-Fetch-Site", null)))
			.andExpect(status().isSeeOther());
		assertThat(posted().text()).isEqualTo("Old browser");
	}

	@Test
	void aStoryWithAKoreanSlugRedirectsToAnEncodedAnchor() throws Exception {
		Article korean = published(Stories.story("서울-소식-1", true), 8L);
		MvcResult result = this.mvc.perform(reply(this.tokens, korean.getSlug(), "안녕하세요"))
			.andExpect(status().isSeeOther())
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).startsWith("/articles/%EC%84%9C%EC%9A%B8-")
			.contains("#reply-");
	}

	@Test
	void tickingRememberSetsAOneYearCookieAndUntickingClearsIt() throws Exception {
		MvcResult remembered = this.mvc
			.perform(reply(this.tokens, "slice-story", "Remember me").with(set("wp-comment-cookies-consent", "yes")))
			.andExpect(status().isSeeOther())
			.andReturn();
		assertThat(remembered.getResponse().getHeaders("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith(ReaderCookies.AUTHOR + "=")
				.contains("Max-Age=31536000")
				.contains("HttpOnly")
				.contains("SameSite=Lax"));
		Cookie cookie = remembered.getResponse().getCookie(ReaderCookies.AUTHOR);
		MvcResult forgotten = this.mvc.perform(reply(this.tokens, "slice-story", "Forget me").cookie(cookie))
			.andExpect(status().isSeeOther())
			.andReturn();
		assertThat(forgotten.getResponse().getHeaders("Set-Cookie"))
			.anySatisfy((header) -> assertThat(header).startsWith(ReaderCookies.AUTHOR + "=;").contains("Max-Age=0"));
	}

	@Test
	void notTickingRememberStoresNoDetails() throws Exception {
		MvcResult result = this.mvc.perform(reply(this.tokens, "slice-story", "No cookie for me"))
			.andExpect(status().isSeeOther())
			.andReturn();
		assertThat(result.getResponse().getHeaders("Set-Cookie"))
			.noneSatisfy((header) -> assertThat(header).startsWith(ReaderCookies.AUTHOR));
	}

	@Test
	void theFormPageForAnsweringAReplyNamesItsPosterAndOffersCancel() throws Exception {
		Reply parent = new Reply(this.story, new ReplyAuthor("Ada Reader", "ada@example.org", null), "Worth answering",
				Instant.now());
		parent.approve();
		ReflectionTestUtils.setField(parent, "id", 11L);
		given(this.replies.findById(11L)).willReturn(Optional.of(parent));
		this.mvc.perform(get("/articles/{slug}/replies", "slice-story").param("replytocom", "11"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Reply to Ada Reader")))
			.andExpect(content().string(containsString("id=\"cancel-reply\"")))
			.andExpect(content().string(containsString("name=\"comment_parent\" value=\"11\"")))
			.andExpect(header().string("Cache-Control", ReplyCacheHeaders.SHARED))
			.andExpect(header().doesNotExist("Set-Cookie"));
	}

}
