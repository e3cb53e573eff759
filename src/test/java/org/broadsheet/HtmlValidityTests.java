package org.broadsheet;

import java.io.File;
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
import java.util.concurrent.TimeUnit;

import org.broadsheet.article.ArticleRepository;
import org.broadsheet.content.MarkdownRenderer;
import org.broadsheet.feed.DiscoveryTest;
import org.broadsheet.feed.Fixtures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.search.StoryFixtures.story;

/**
 * The story, front, search and desk pages have no errors in the W3C Nu HTML checker
 * ({@code vnu.jar} from npm's {@code vnu-jar}). Found through the system property or
 * environment variable {@code VNU_JAR}, else
 * {@code node_modules/vnu-jar/build/dist/vnu.jar}. Without it the test is skipped with
 * one line saying how to install it, except in CI ({@code CI=true}), where it fails.
 */
@DiscoveryTest
class HtmlValidityTests {

	static final String INSTALL = "npm install --no-save --no-audit --no-fund vnu-jar@26";

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
		Path vnu = vnuJar();
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
		List<String> files = new ArrayList<>();
		HttpClient client = HttpClient.newHttpClient();
		for (Map.Entry<String, String> page : pages.entrySet()) {
			HttpResponse<String> response = client.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + page.getValue())).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			assertThat(response.statusCode()).as(page.getValue()).isEqualTo(200);
			Path file = dir.resolve(page.getKey());
			Files.writeString(file, response.body(), StandardCharsets.UTF_8);
			files.add(file.toString());
		}
		assertThat(nuErrors(vnu, files)).isEmpty();
	}

	private static List<String> nuErrors(Path vnu, List<String> files) throws Exception {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", vnu.toString(),
						"--errors-only", "--format", "json", "--stdout"));
		command.addAll(files);
		Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
		JsonNode report = JsonMapper.builder().build().readTree(output);
		List<String> errors = new ArrayList<>();
		for (JsonNode message : report.get("messages")) {
			String url = message.has("url") ? message.get("url").asString() : "";
			errors.add(new File(url).getName() + ":" + (message.has("lastLine") ? message.get("lastLine").asInt() : 0)
					+ " " + message.get("message").asString() + " ["
					+ (message.has("extract") ? message.get("extract").asString() : "") + "]");
		}
		return errors;
	}

	private static Path vnuJar() {
		String configured = System.getProperty("VNU_JAR", System.getenv("VNU_JAR"));
		Path jar = (configured != null && !configured.isBlank()) ? Path.of(configured)
				: Path.of("node_modules", "vnu-jar", "build", "dist", "vnu.jar");
		if (!Files.isRegularFile(jar)) {
			String message = "W3C Nu HTML checker not found at " + jar.toAbsolutePath() + ": install it with `"
					+ INSTALL + "` (or set VNU_JAR)";
			assertThat("true".equalsIgnoreCase(System.getenv("CI"))).as(message).isFalse();
			System.err.println("SKIPPED HtmlValidityTests: " + message);
			Assumptions.abort(message);
		}
		return jar;
	}

}
