package org.broadsheet.caching;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

import org.broadsheet.feed.DiscoveryTest;
import org.broadsheet.feed.DiscoveryWebTests;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.search.StoryFixtures.story;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DiscoveryTest
@Import(HttpCachingTests.Pages.class)
class HttpCachingTests extends DiscoveryWebTests {

	private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

	@Test
	void publicResponseCarriesWeakEtagLastModifiedAndShortPublicCache() throws Exception {
		MvcResult result = this.mvc.perform(get("/rss.xml")).andExpect(status().isOk()).andReturn();
		assertThat(result.getResponse().getHeader(HttpHeaders.ETAG)).startsWith("W/\"");
		assertThat(result.getResponse().getHeader(HttpHeaders.LAST_MODIFIED)).isNotNull();
		assertThat(result.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("public, max-age=60");
	}

	@Test
	void matchingIfNoneMatchAnswers304WithoutBody() throws Exception {
		String etag = etagOf("/sitemap.xml");
		this.mvc.perform(get("/sitemap.xml").header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isNotModified())
			.andExpect(header().string(HttpHeaders.ETAG, etag))
			.andExpect(content().string(""));
		this.mvc.perform(get("/sitemap.xml").header(HttpHeaders.IF_NONE_MATCH, "W/\"other\", " + etag.substring(2)))
			.andExpect(status().isNotModified());
		this.mvc.perform(get("/sitemap.xml").header(HttpHeaders.IF_NONE_MATCH, "W/\"other\""))
			.andExpect(status().isOk());
	}

	@Test
	void ifModifiedSinceAnswers304UntilSomethingChanges() throws Exception {
		MvcResult first = this.mvc.perform(get("/atom.xml")).andReturn();
		String lastModified = first.getResponse().getHeader(HttpHeaders.LAST_MODIFIED);
		this.mvc.perform(get("/atom.xml").header(HttpHeaders.IF_MODIFIED_SINCE, lastModified))
			.andExpect(status().isNotModified());
		this.mvc.perform(get("/atom.xml").header(HttpHeaders.IF_MODIFIED_SINCE, "not a date"))
			.andExpect(status().isOk());
		this.clock.advance(Duration.ofMinutes(5));
		this.fixtures.save(story("cache-ims").title("Changed"));
		this.mvc.perform(get("/atom.xml").header(HttpHeaders.IF_MODIFIED_SINCE, lastModified))
			.andExpect(status().isOk());
	}

	@Test
	void validatorChangesWhenAStoryChanges() throws Exception {
		var saved = this.fixtures.save(story("cache-change").title("Before")).get(0);
		String before = etagOf("/rss.xml");
		saved.setTitle("After");
		this.fixtures.update(saved);
		String after = etagOf("/rss.xml");
		assertThat(after).isNotEqualTo(before);
		this.mvc.perform(get("/rss.xml").header(HttpHeaders.IF_NONE_MATCH, before)).andExpect(status().isOk());
	}

	@Test
	void validatorChangesWhenAScheduledStoryComesOut() throws Exception {
		this.fixtures.save(story("cache-scheduled").title("Later").published("2031-03-10T13:00:00Z"));
		String before = etagOf("/rss.xml");
		assertThat(etagOf("/rss.xml")).isEqualTo(before);
		this.clock.set(Instant.parse("2031-03-10T13:00:01Z"));
		String after = etagOf("/rss.xml");
		assertThat(after).isNotEqualTo(before);
		MvcResult later = this.mvc.perform(get("/rss.xml").header(HttpHeaders.IF_NONE_MATCH, before)).andReturn();
		assertThat(later.getResponse().getStatus()).isEqualTo(200);
		assertThat(later.getResponse().getContentAsString()).contains("Later");
	}

	@Test
	void validatorChangesWhenAnotherFeatureAnnouncesAChange() throws Exception {
		String before = etagOf("/rss.xml");
		this.events.publishEvent(new ReplyApproved(42L));
		assertThat(etagOf("/rss.xml")).isNotEqualTo(before);
	}

	@Test
	void validatorRollsOverOnceItsLifetimeEnds() throws Exception {
		this.clock.set(Instant.parse("2031-03-10T12:10:00Z"));
		String before = etagOf("/robots.txt");
		this.clock.set(Instant.parse("2031-03-10T12:50:00Z"));
		assertThat(etagOf("/robots.txt")).isEqualTo(before);
		this.clock.set(Instant.parse("2031-03-10T13:00:00Z"));
		assertThat(etagOf("/robots.txt")).isNotEqualTo(before);
	}

	@Test
	void differentPagesHaveDifferentValidators() throws Exception {
		assertThat(etagOf("/rss.xml")).isNotEqualTo(etagOf("/atom.xml"));
		assertThat(etagOf("/sitemap.xml?page=1")).isNotEqualTo(etagOf("/sitemap.xml?page=2"));
	}

	@Test
	void privateOrCookieSettingResponsesAreLeftAlone() throws Exception {
		MvcResult personal = this.mvc.perform(get("/test-caching/private")).andExpect(status().isOk()).andReturn();
		assertThat(personal.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("private, no-store");
		assertThat(personal.getResponse().getHeader(HttpHeaders.ETAG)).isNull();
		MvcResult cookie = this.mvc.perform(get("/test-caching/cookie")).andExpect(status().isOk()).andReturn();
		assertThat(cookie.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).isNull();
		assertThat(cookie.getResponse().getHeader(HttpHeaders.ETAG)).isNull();
		MvcResult session = this.mvc.perform(get("/test-caching/session")).andExpect(status().isOk()).andReturn();
		assertThat(session.getResponse().getHeader(HttpHeaders.ETAG)).isNull();
	}

	@Test
	void errorsAndPostsGetNoValidators() throws Exception {
		MvcResult missing = this.mvc.perform(get("/sections/no-such-desk/rss.xml")).andReturn();
		assertThat(missing.getResponse().getStatus()).isEqualTo(404);
		assertThat(missing.getResponse().getHeader(HttpHeaders.ETAG)).isNull();
		MvcResult posted = this.mvc.perform(post("/test-caching/private")).andReturn();
		assertThat(posted.getResponse().getHeader(HttpHeaders.ETAG)).isNull();
	}

	@Test
	void lastModifiedIsAnHttpDate() throws Exception {
		String value = this.mvc.perform(get("/robots.txt"))
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.LAST_MODIFIED);
		assertThat(Instant.from(HTTP_DATE.parse(value))).isAfter(Instant.parse("2020-01-01T00:00:00Z"));
	}

	private String etagOf(String path) throws Exception {
		return this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);
	}

	/** Stands for an event of another feature, such as an approved reply. */
	record ReplyApproved(long replyId) {

	}

	@RestController
	static class Pages {

		@GetMapping("/test-caching/private")
		String personal(HttpServletResponse response) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
			return "yours";
		}

		@org.springframework.web.bind.annotation.PostMapping("/test-caching/private")
		String post() {
			return "posted";
		}

		@GetMapping("/test-caching/cookie")
		String cookie(HttpServletResponse response) {
			response.addCookie(new Cookie("remember", "1"));
			return "cookie";
		}

		@GetMapping("/test-caching/session")
		String session(jakarta.servlet.http.HttpServletRequest request) {
			request.getSession(true);
			return "session";
		}

	}

}
