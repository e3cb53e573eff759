package org.broadsheet.reply;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.broadsheet.article.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.reply.ReplyPosts.set;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Hostile input through every field must come out as inert text: no element, attribute or
 * URL from it may become active on the story page or the form page.
 */
@ReplyTest
class ReplyXssTests {

	static final Set<String> REPLY_TAGS = Set.of("section", "h2", "p", "ol", "li", "article", "footer", "span", "a",
			"time", "div", "form", "input", "button", "br", "small", "label", "textarea", "strong");

	static final Set<String> DANGEROUS_TAGS = Set.of("script", "img", "svg", "math", "iframe", "object", "embed",
			"style", "link", "meta", "base", "details", "body", "title");

	static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "data", "xlink:href",
			"poster", "background", "srcset", "content", "ping", "cite");

	@Autowired
	MockMvc mvc;

	ReplySteps steps;

	Article story;

	List<String> payloads;

	@BeforeEach
	void load(ReplySteps steps) throws Exception {
		this.steps = steps;
		this.story = steps.publicStory();
		this.payloads = new ClassPathResource("reply/hostile-payloads.txt").getContentAsString(StandardCharsets.UTF_8)
			.lines()
			.filter((line) -> !line.isBlank())
			.toList();
		assertThat(this.payloads).hasSizeGreaterThanOrEqualTo(30);
	}

	@Test
	void hostileNamesAndTextsStayInertOnTheStoryPage() throws Exception {
		Document baseline = storyPage();
		for (int i = 0; i < this.payloads.size(); i++) {
			String payload = this.payloads.get(i);
			MvcResult posted = this.mvc
				.perform(this.steps.reply(this.story.getSlug(), payload + " #" + i)
					.with(set("author", payload))
					.with(set("email", "xss" + i + "@example.org")))
				.andReturn();
			assertThat(posted.getResponse().getStatus()).as(payload).isEqualTo(303);
		}
		this.steps.repliesOn(this.story).forEach((reply) -> this.steps.approve(reply.getId()));
		Document page = storyPage();
		assertInert(page, baseline);
		List<String> names = page.select("#replies .reply-author").eachText();
		for (String payload : this.payloads) {
			assertThat(names).as("shown as text").contains(payload.strip());
		}
		assertThat(page.html()).doesNotContain("xss0@example.org");
		assertThat(page.select("#replies")).isNotEmpty();
	}

	@Test
	void hostileInputInEveryFieldStaysInertOnTheRefusedFormPage() throws Exception {
		Document baseline = Jsoup
			.parse(this.mvc.perform(this.steps.reply(this.story.getSlug(), "x").with(set("email", "not valid")))
				.andReturn()
				.getResponse()
				.getContentAsString());
		for (String payload : this.payloads) {
			for (String field : List.of("email", "url", "comment", "author")) {
				MvcResult result = this.mvc
					.perform(this.steps.reply(this.story.getSlug(), "x")
						.with(set(field, payload))
						.with(set((field.equals("email") ? "url" : "email"), "not valid")))
					.andReturn();
				assertThat(result.getResponse().getStatus()).as(payload).isEqualTo(400);
				assertInert(Jsoup.parse(result.getResponse().getContentAsString()), baseline);
			}
		}
	}

	@Test
	void hostileRememberedDetailsStayInertInThePrefilledForm() throws Exception {
		Document baseline = storyPage();
		for (String payload : this.payloads) {
			String value = Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(String.join("\u0000", payload, payload, payload).getBytes(StandardCharsets.UTF_8));
			String html = this.mvc
				.perform(get("/articles/{slug}", this.story.getSlug()).cookie(new Cookie(ReaderCookies.AUTHOR, value)))
				.andReturn()
				.getResponse()
				.getContentAsString();
			Document page = Jsoup.parse(html);
			assertInert(page, baseline);
			assertThat(page.getElementById("author").attr("value")).isEqualTo(payload.strip());
		}
	}

	@Test
	void aHostilePendingReplyStaysInertForItsPoster() throws Exception {
		Document baseline = storyPage();
		String payload = "<script>alert('own')</script><img src=x onerror=alert(2)>";
		MvcResult posted = this.mvc
			.perform(this.steps.reply(this.story.getSlug(), payload).with(set("author", payload)))
			.andReturn();
		Cookie pending = posted.getResponse().getCookie(ReaderCookies.PENDING);
		Document page = Jsoup.parse(this.mvc.perform(get("/articles/{slug}", this.story.getSlug()).cookie(pending))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertInert(page, baseline);
		assertThat(page.select("#replies .reply-awaiting").text()).isEqualTo("Your reply is awaiting moderation.");
		assertThat(page.select("#replies .reply-text").text()).isEqualTo(payload);
	}

	Document storyPage() throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/articles/{slug}", this.story.getSlug()))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	static void assertInert(Document page, Document baseline) {
		for (Element element : page.getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				assertThat(attribute.getKey().toLowerCase(Locale.ROOT)).as(element.outerHtml()).doesNotStartWith("on");
				if (!URL_ATTRIBUTES.contains(attribute.getKey().toLowerCase(Locale.ROOT))) {
					continue;
				}
				String value = attribute.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
				assertThat(value).as(element.outerHtml())
					.doesNotStartWith("javascript:")
					.doesNotStartWith("data:")
					.doesNotStartWith("vbscript:");
			}
		}
		Element replies = page.getElementById("replies");
		assertThat(replies).isNotNull();
		for (Element element : replies.getAllElements()) {
			assertThat(REPLY_TAGS).as(element.outerHtml()).contains(element.tagName());
			for (String link : List.of("href", "action", "src", "formaction")) {
				if (element.hasAttr(link)) {
					assertThat(element.attr(link)).as(element.outerHtml()).matches("(/|#|https?://).*");
				}
			}
		}
		for (String tag : DANGEROUS_TAGS) {
			assertThat(page.select(tag)).as(tag).hasSize(baseline.select(tag).size());
		}
	}

}
