package org.broadsheet.reply;

import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.broadsheet.article.Article;
import org.broadsheet.article.ArticleRepository;
import org.broadsheet.article.ArticlesChanged;
import org.broadsheet.article.Desk;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.reply.ReplyPosts.set;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The replies section on the story page: shared and cacheable for readers without reply
 * cookies, personal and private for those with them.
 */
@ReplyTest
class ReplyPageTests {

	@Autowired
	MockMvc mvc;

	ReplySteps steps;

	@Autowired
	ApplicationEventPublisher events;

	Article story;

	@BeforeEach
	void createStory(ReplySteps steps) {
		this.steps = steps;
		this.story = steps.publicStory();
	}

	@Test
	void aReaderWithoutCookiesGetsASharedCacheablePageWithNoSessionOrCookie() throws Exception {
		MvcResult result = this.mvc.perform(get("/articles/{slug}", this.story.getSlug())).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getHeaders("Set-Cookie")).isEmpty();
		assertThat(result.getRequest().getSession(false)).isNull();
		assertThat(result.getResponse().getHeader("Cache-Control")).isEqualTo(ReplyCacheHeaders.SHARED);
		assertThat(result.getResponse().getHeaders("Vary")).contains("Cookie");
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.select("section#replies #reply-form")).hasSize(1);
		assertThat(page.getElementById("reply-title").text()).isEqualTo("Leave a Reply");
		assertThat(page.getElementById("comment").attr("name")).isEqualTo("comment");
		assertThat(page.getElementById("hp").attr("tabindex")).isEqualTo("-1");
	}

	@Test
	void twoReadersInTheSameSecondGetTheSameBytes() throws Exception {
		for (int attempt = 0; attempt < 5; attempt++) {
			String first = storyHtml();
			String second = storyHtml();
			if (token(first).equals(token(second))) {
				assertThat(second).isEqualTo(first);
				return;
			}
		}
		throw new AssertionError("no two pages rendered within one second");
	}

	@Test
	void approvedRepliesAreThreadedCountedAndNeverShowAnEmail() throws Exception {
		Reply parent = approved("The parent reply", null);
		Reply child = approved("A child reply", parent.getId());
		Document page = Jsoup.parse(storyHtml());
		Element parentItem = page.getElementById("reply-" + parent.getId());
		assertThat(parentItem.select("> article .reply-text").text()).isEqualTo("The parent reply");
		assertThat(parentItem.select("> ol.children > li#reply-" + child.getId())).hasSize(1);
		assertThat(parentItem.selectFirst("time").attr("datetime")).isNotBlank();
		assertThat(parentItem.selectFirst(".reply-link").attr("href"))
			.endsWith("/replies?replytocom=" + parent.getId());
		assertThat(page.getElementById("replies-title").text()).isEqualTo("2 Replies");
		assertThat(page.selectFirst(".story-header .reply-count").text()).isEqualTo("2 replies");
		assertThat(page.html()).doesNotContain(parent.getAuthorEmail()).doesNotContain(child.getAuthorEmail());
	}

	@Test
	void eachReplyAndItsAuthorTakeTheirOwnWritingDirection() throws Exception {
		Reply arabic = approved("مرحبا بالعالم! \u202Eahem", null);
		Element item = Jsoup.parse(storyHtml()).getElementById("reply-" + arabic.getId());
		assertThat(item.selectFirst(".reply-text").attr("dir")).isEqualTo("auto");
		assertThat(item.selectFirst(".reply-author").attr("dir")).as("isolated from the time after it")
			.isEqualTo("auto");
	}

	@Test
	void theDeepestRepliesOfferNoReplyLink() throws Exception {
		Long parentId = null;
		Reply deepest = null;
		for (int depth = 1; depth <= 5; depth++) {
			deepest = approved("Depth " + depth, parentId);
			parentId = deepest.getId();
		}
		Document page = Jsoup.parse(storyHtml());
		assertThat(page.select("#reply-" + deepest.getId() + " .reply-link")).isEmpty();
		assertThat(page.select("li.reply .reply-link")).hasSize(4);
	}

	@Test
	void thePosterSeesTheirPendingReplyPrivatelyAndOthersDoNot() throws Exception {
		MvcResult posted = this.mvc
			.perform(this.steps.reply(this.story.getSlug(), "Mine, pending")
				.with(set("wp-comment-cookies-consent", "yes")))
			.andReturn();
		Cookie pending = posted.getResponse().getCookie(ReaderCookies.PENDING);
		Cookie remembered = posted.getResponse().getCookie(ReaderCookies.AUTHOR);
		MvcResult mine = this.mvc.perform(get("/articles/{slug}", this.story.getSlug()).cookie(pending, remembered))
			.andReturn();
		assertThat(mine.getResponse().getHeader("Cache-Control")).isEqualTo(ReplyCacheHeaders.PERSONAL);
		Document page = Jsoup.parse(mine.getResponse().getContentAsString());
		assertThat(page.select(".reply-pending .reply-awaiting").text())
			.isEqualTo("Your reply is awaiting moderation.");
		assertThat(page.select(".reply-pending .reply-text").text()).isEqualTo("Mine, pending");
		assertThat(page.getElementById("author").attr("value")).isEqualTo("Ada Reader");
		assertThat(page.getElementById("remember").hasAttr("checked")).isTrue();
		String others = storyHtml();
		assertThat(others).doesNotContain("Mine, pending").doesNotContain("awaiting moderation");
	}

	@Test
	void aClosedStoryShowsItsRepliesButNoForm() throws Exception {
		Article closed = this.steps.closedStory();
		Document page = Jsoup.parse(this.mvc.perform(get("/articles/{slug}", closed.getSlug()))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("#replies .replies-closed").text()).isEqualTo("Replies are closed.");
		assertThat(page.getElementById("reply-form")).isNull();
	}

	@Test
	void listsShowEachStorysReplyCount() throws Exception {
		Article listed = Stories.story("listed-" + System.nanoTime(), true);
		listed.setDesk(Desk.named("Replies Desk"));
		Article saved = this.steps.save(listed);
		this.story = saved;
		approved("One", null);
		approved("Two", null);
		Document desk = Jsoup
			.parse(this.mvc.perform(get("/sections/replies-desk")).andReturn().getResponse().getContentAsString());
		assertThat(desk.select(".card .reply-count").eachText()).containsExactly("2 replies");
	}

	@Test
	void theFrontPageShowsTheReplyCountOnEveryCardOfAStory() throws Exception {
		Article listed = Stories.story("front-" + System.nanoTime(), true);
		listed.setDesk(Desk.named("Front Replies Desk"));
		this.story = this.steps.save(listed);
		this.events.publishEvent(new ArticlesChanged(Set.of(this.story.getId())));
		approved("One", null);
		approved("Two", null);
		Document front = Jsoup.parse(this.mvc.perform(get("/")).andReturn().getResponse().getContentAsString());
		String link = "a[href=/articles/" + this.story.getSlug() + "]";
		assertThat(front.select(".card:has(.card-title " + link + ")")).hasSizeGreaterThanOrEqualTo(2)
			.allSatisfy((card) -> assertThat(card.select(".reply-count").text()).isEqualTo("2 replies"));
	}

	String storyHtml() throws Exception {
		return this.mvc.perform(get("/articles/{slug}", this.story.getSlug()))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	static String token(String html) {
		return Jsoup.parse(html).select("input[name=token]").attr("value");
	}

	Reply approved(String text, Long parentId) throws Exception {
		return this.steps.approved(this.story, text, parentId);
	}

}
