package org.broadsheet.article;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.article.ArticleBuilder.story;

/**
 * What an attacker or a foreign newsroom may put in a story, desk, tag or author address:
 * each answers a redirect, 400 or 404 in the site's pages, never a 500 or a stack trace.
 */
class HostileSlugTests extends ReaderPageTests {

	static final List<String> PREFIXES = List.of("/articles/", "/sections/", "/tags/", "/authors/", "/tags/x/../");

	static final List<String> SLUGS = List.of("%252F", "%25252F", "..", "%2E%2E", "a..b", "..%2F..", "%2e%2e%5c",
			"a".repeat(10_000), "%EA%B0%80".repeat(3_000), "a".repeat(2_000), "%E2%80%8D", "%E2%80%8F%E2%80%AE",
			"%EF%BB%BF", "%F0%9F%91%8D", "x/", "x//", "%00", "%C0%AE", "%ED%A0%80", ";x", "x;jsessionid=1", "x?page=-1",
			"x?page=%00", "x?page=1e9");

	@Test
	void everyOddSlugAnswersARedirectOrAnErrorPageNeverA500() {
		save(story("x").desk("x").tags("x").authors("x"));
		for (String prefix : PREFIXES) {
			for (String slug : SLUGS) {
				String path = prefix + slug;
				HttpResponse<String> response = get(path);
				assertThat(response.statusCode()).as(path).isIn(200, 301, 400, 404);
				assertThat(response.body()).as(path).doesNotContain("Exception").doesNotContain("at org.");
				if (response.statusCode() != 301) {
					assertThat(response.body()).as(path).contains("<main id=\"main\"");
				}
			}
		}
	}

	@Test
	void invisibleMarksAroundASlugLeadToTheStory() {
		save(story("seoul"), story("서울"));
		for (String path : List.of("/articles/%E2%80%8Fseoul", "/articles/seoul%E2%80%8B", "/articles/%EF%BB%BFSeoul",
				"/articles/%E2%80%AA%EC%84%9C%EC%9A%B8%E2%80%AC")) {
			assertThat(get(path).statusCode()).as(path).isEqualTo(301);
		}
	}

	@Test
	void aTrailingSlashIsSentOnToTheAddressWithoutIt() {
		save(story("slashed").desk("Slashed Desk"));
		for (String path : List.of("/articles/slashed/", "/sections/slashed-desk/", "/articles/Slashed/")) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(301);
			assertThat(response.headers().firstValue("Location").orElseThrow()).as(path).doesNotEndWith("/");
		}
		assertThat(get("/articles/no-such-story/").statusCode()).isEqualTo(404);
	}

}
