package org.broadsheet.article;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.util.UriUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.article.ArticleBuilder.story;

/**
 * Addresses written in another spelling of a stored slug (other case, decomposed Unicode,
 * underscores or spaces for dashes) are sent on to the canonical one with a 301, as
 * WordPress does, keeping the query; a spelling that names nothing stays a 404. The page
 * cache is on, so a redirect is checked not to stand in for a page or the other way
 * round.
 */
@TestPropertySource(properties = { "broadsheet.page-cache.enabled=true", "broadsheet.page-cache.ttl=1h" })
class CanonicalAddressTests extends ReaderPageTests {

	@Autowired
	SlugRedirectRepository redirects;

	@Test
	void aStoryInOtherCaseRedirectsPermanentlyKeepingTheQuery() {
		save(story("lee-jae-myung-visits-china"));
		assertRedirect("/articles/Lee-Jae-Myung-Visits-China", "/articles/lee-jae-myung-visits-china");
		assertRedirect("/articles/Lee_Jae_Myung_Visits_China?utm_source=feed&x=%7B1%7D",
				"/articles/lee-jae-myung-visits-china?utm_source=feed&x=%7B1%7D");
	}

	@Test
	void decomposedKoreanFrenchAndVietnameseSlugsRedirectToTheComposedOnes() {
		for (String slug : new String[] { "서울-정상회담", "élection-présidentielle", "việt-nam-tăng-trưởng" }) {
			save(story(slug));
			String decomposed = Normalizer.normalize(slug, Normalizer.Form.NFD);
			assertThat(decomposed).isNotEqualTo(slug);
			assertRedirect("/articles/" + encode(decomposed), "/articles/" + encode(slug));
		}
	}

	@Test
	void anOldSlugInOtherCaseStillReachesTheStory() {
		save(story("current-address"));
		Long id = this.articles.findBySlug("current-address").orElseThrow().getId();
		this.redirects.save(new SlugRedirect("old-address", id));
		assertRedirect("/articles/Old-Address", "/articles/current-address");
	}

	@Test
	void spellingsThatNameNothingStay404WithTheSitePage() {
		save(story("hidden-draft").draft().desk("Hidden Desk").tags("Hidden Tag"));
		for (String path : new String[] { "/articles/No-Such-Story", "/articles/Hidden-Draft", "/sections/Hidden-Desk",
				"/tags/Hidden_Tag", "/authors/Nobody-At-All", "/tags/Hidden-Tag/rss.xml" }) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.body()).as(path).contains("<main id=\"main\"").doesNotContain("Exception");
		}
	}

	@Test
	void desksTagsAuthorsAndTheirFeedsRedirectKeepingThePage() {
		save(story("listed-story").desk("World News").tags("South Korea", "서울").authors("Kim Min-ji"));
		assertRedirect("/sections/World-News?page=1", "/sections/world-news?page=1");
		assertRedirect("/tags/SOUTH_KOREA", "/tags/south-korea");
		assertRedirect("/authors/Kim%20Min-ji", "/authors/kim-min-ji");
		assertRedirect("/sections/World_News/rss.xml", "/sections/world-news/rss.xml");
		assertRedirect("/tags/South-Korea/atom.xml", "/tags/south-korea/atom.xml");
		assertRedirect("/tags/" + encode(Normalizer.normalize("서울", Normalizer.Form.NFD)) + "/rss.xml",
				"/tags/" + encode("서울") + "/rss.xml");
	}

	@Test
	void headRequestsGetTheSameRedirect() {
		save(story("head-story"));
		HttpResponse<String> response = send("HEAD", "/articles/Head-Story");
		assertThat(response.statusCode()).isEqualTo(301);
		assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/articles/head-story");
	}

	@Test
	void aRedirectNeverStandsInForTheCachedPageNorThePageForTheRedirect() {
		save(story("cached-canonical").tags("Cached Tag"));
		for (int round = 0; round < 2; round++) {
			assertThat(get("/articles/cached-canonical").statusCode()).isEqualTo(200);
			assertRedirect("/articles/Cached-Canonical", "/articles/cached-canonical");
			assertThat(get("/tags/cached-tag").statusCode()).isEqualTo(200);
			assertRedirect("/tags/Cached-Tag", "/tags/cached-tag");
		}
	}

	void assertRedirect(String path, String canonical) {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(301);
		URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
		assertThat(location.getHost()).as("same host").isIn(null, "localhost");
		assertThat(location.getRawPath() + ((location.getRawQuery() != null) ? "?" + location.getRawQuery() : ""))
			.as(path)
			.isEqualTo(canonical);
		assertThat(get(canonical).statusCode()).as(canonical + " is no redirect").isEqualTo(200);
	}

	static String encode(String slug) {
		return UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8);
	}

}
