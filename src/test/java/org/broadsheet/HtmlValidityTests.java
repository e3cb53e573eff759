package org.broadsheet;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.broadsheet.article.ArticleRepository;
import org.broadsheet.content.MarkdownRenderer;
import org.broadsheet.feed.DiscoveryTest;
import org.broadsheet.feed.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.search.StoryFixtures.story;

/**
 * The story, front, search and desk pages have no errors in the W3C Nu HTML checker
 * ({@link NuChecker}; skipped without it, except in CI, where it fails).
 */
@DiscoveryTest
class HtmlValidityTests {

	/** Markup a story should never carry, and headings of only markup or emoji. */
	static final String HOSTILE_MARKDOWN = """
			## <script>alert(1)</script>

			## 😀🎉

			## <img src=x onerror=alert(2)>

			<script>alert(3)</script><style>p{}</style><iframe src="https://evil.example"></iframe>
			<a href="javascript:alert(4)">a</a> <a href="https://example.org" target="_blank">b</a>
			<svg><script>alert(5)</script></svg><form><input name=a></form>
			<div onclick="alert(6)">div <b>unclosed <i>x
			""";

	@Autowired
	MarkdownRenderer renderer;

	@LocalServerPort
	int port;

	@Autowired
	ArticleRepository articles;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void publicPagesHaveNoNuCheckerErrors(@TempDir Path dir) throws Exception {
		NuChecker checker = NuChecker.find();
		new Fixtures(this.articles, this.events).save(
				story("valid-hostile").title("Tom & \"Jerry\" </script><b> 서울")
					.summary("Ships & <tags> return")
					.html("<p>Harbour <em>news</em> &amp; more.</p>")
					.desk("World")
					.tags("서울", "South Korea")
					.authors("Kim Min-ji")
					.published("2031-03-01T00:00:00Z"),
				story("valid-sibling").title("Sibling").desk("World").published("2031-02-01T00:00:00Z"),
				story("valid-hostile-markup").title("Hostile markup")
					.html(this.renderer.render(HOSTILE_MARKDOWN).html())
					.published("2031-02-02T00:00:00Z"),
				story("valid-arabic").title("مرحبا بالعالم")
					.lang("ar")
					.html(this.renderer.render("## مقدمة\n\nنص عربي.\n\n## مقدمة\n\n## 背景\n").html())
					.published("2031-02-03T00:00:00Z"));
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("front.html", "/");
		pages.put("story.html", "/articles/valid-hostile");
		pages.put("seed-story.html", "/articles/lee-jae-myung-visits-china");
		pages.put("search.html", "/search?q=%EC%84%9C%EC%9A%B8");
		pages.put("search-none.html", "/search?q=nothing-matches-this");
		pages.put("search-blank.html", "/search");
		pages.put("desk.html", "/sections/world");
		pages.put("hostile-markup.html", "/articles/valid-hostile-markup");
		pages.put("arabic.html", "/articles/valid-arabic");
		pages.put("tag.html", "/tags/south-korea");
		List<Path> files = new ArrayList<>();
		HttpClient client = HttpClient.newHttpClient();
		for (Map.Entry<String, String> page : pages.entrySet()) {
			HttpResponse<String> response = client.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + page.getValue())).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			assertThat(response.statusCode()).as(page.getValue()).isEqualTo(200);
			Path file = dir.resolve(page.getKey());
			Files.writeString(file, response.body(), StandardCharsets.UTF_8);
			files.add(file);
		}
		assertThat(checker.errors(files)).isEmpty();
	}

}
