package org.broadsheet.article;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.article.ArticleBuilder.story;

@TestPropertySource(properties = { "broadsheet.page-cache.enabled=true", "broadsheet.page-cache.ttl=1h" })
class PageCacheTests extends ReaderPageTests {

	private static final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anonymousReadersShareOneRenderUntilStoriesChange() {
		save(story("cached-story").title("First headline"));
		assertThat(page("/articles/cached-story").title()).startsWith("First headline");

		renameWithoutTellingAnyone("cached-story", "Second headline");
		assertThat(page("/articles/cached-story").title()).startsWith("First headline");

		this.events.publishEvent(new ArticlesChanged(Set.of()));
		assertThat(page("/articles/cached-story").title()).startsWith("Second headline");
	}

	@Test
	void aScanOfTenThousandJunkUrlsLeavesTheStoryServedFromMemory() {
		save(story("hot-story").title("Hot headline"), story("listed").desk("World"));
		assertThat(page("/articles/hot-story").title()).startsWith("Hot headline");
		renameWithoutTellingAnyone("hot-story", "Changed behind the cache's back");

		for (int i = 1; i <= 10_000; i++) {
			String junk = (i % 2 == 0) ? "/articles/hot-story?x=" + i : "/sections/world?utm=" + i + "&x=" + i;
			assertThat(get(junk).statusCode()).isEqualTo(200);
		}

		assertThat(page("/articles/hot-story").title()).as("still the page rendered before the scan")
			.startsWith("Hot headline");
		assertThat(page("/articles/hot-story?x=10001&lang=ko").title()).startsWith("Hot headline");
	}

	@Test
	void pagesOfAListAreCachedApart() {
		save(story("first-listed").desk("World"));
		String first = get("/sections/world").body();
		assertThat(get("/sections/world?page=2").body()).as("not page 1 from memory").isNotEqualTo(first);
		assertThat(get("/sections/world?utm=1").body()).as("page 1 from memory").isEqualTo(first);
	}

	@Test
	void parametersThatAreNotUtf8AreA400PageWithTheCacheOnToo() {
		save(story("listed-here").desk("World"));
		get("/sections/world");
		for (String target : List.of("/sections/world?x=%ff", "/?x=%ff%fe", "/search?q=%ff")) {
			HttpResponse<String> answer = get(target);
			assertThat(answer.statusCode()).as(target).isEqualTo(400);
			assertThat(answer.body()).as(target).contains("class=\"wrap error-page\"");
		}
	}

	@Test
	void readersWithCookiesAreAlwaysServedAFreshPage() {
		save(story("cookie-story").title("Before"));
		page("/articles/cookie-story");
		renameWithoutTellingAnyone("cookie-story", "After");

		assertThat(send("/articles/cookie-story", "Cookie", "reader=1").body()).contains("After");
		assertThat(page("/articles/cookie-story").title()).startsWith("Before");
	}

	@Test
	void missingStoriesAreNotCached() {
		assertThat(get("/articles/not-yet-written").statusCode()).isEqualTo(404);
		save(story("not-yet-written").title("Now written"));
		assertThat(page("/articles/not-yet-written").title()).startsWith("Now written");
	}

	@Test
	void cachedPageIsByteForByteTheSameForEveryAnonymousReader() {
		save(story("same-bytes"));
		String first = get("/articles/same-bytes").body();
		String second = send("/articles/same-bytes", "Accept", "text/html").body();
		assertThat(second).isEqualTo(first);
	}

	@Test
	void cachedPageCarriesTheHeadersOfItsFirstRender() {
		save(story("same-headers"));
		HttpResponse<String> first = get("/articles/same-headers");
		HttpResponse<String> cached = get("/articles/same-headers");

		assertThat(first.headers().firstValue("Content-Language")).isPresent();
		assertThat(headersButDate(cached)).isEqualTo(headersButDate(first));
	}

	@Test
	void cachedPageIsSentCompressedToReadersWhoAcceptGzip() throws IOException {
		save(story("zipped").title("Compressed headline"));
		String plain = get("/articles/zipped").body();

		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/articles/zipped"))
			.header("Accept-Encoding", "gzip")
			.build();
		HttpResponse<byte[]> zipped = send(request, HttpResponse.BodyHandlers.ofByteArray());

		assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(zipped.headers().allValues("Vary"))
			.anyMatch((vary) -> vary.toLowerCase().contains("accept-encoding"));
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain);
		}
	}

	@Test
	void pagesRenderedForOneReaderAreStillCompressedByTheServer() throws IOException {
		save(story("personal-zipped").title("Compressed for one"));
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/articles/personal-zipped"))
			.header("Accept-Encoding", "gzip")
			.header("Cookie", "reader=1")
			.build();

		HttpResponse<byte[]> zipped = send(request, HttpResponse.BodyHandlers.ofByteArray());

		assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("Compressed for one");
		}
	}

	@Test
	void gzipRefusedWithZeroQualityIsNotSent() {
		save(story("not-zipped"));
		get("/articles/not-zipped");
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/articles/not-zipped"))
			.header("Accept-Encoding", "gzip;q=0, identity")
			.build();

		HttpResponse<String> response = send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(response.body()).contains("<html");
	}

	private static Map<String, List<String>> headersButDate(HttpResponse<?> response) {
		Map<String, List<String>> headers = new TreeMap<>(response.headers().map());
		headers.remove("date");
		return headers;
	}

	private void renameWithoutTellingAnyone(String slug, String title) {
		Article article = this.articles.findBySlug(slug).orElseThrow();
		article.setTitle(title);
		this.articles.save(article);
	}

	private HttpResponse<String> send(String path, String header, String value) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header(header, value)
			.build();
		return send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
		try {
			return http.send(request, body);
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
