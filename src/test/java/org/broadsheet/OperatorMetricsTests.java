package org.broadsheet;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.broadsheet.content.ContentLoader;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each metric an operator graphs turns up on {@code /actuator/prometheus} after the
 * action it counts: content loads, reply decisions, searches, failed sign-ins and
 * lockouts.
 */
@BehindTrustedProxy
class OperatorMetricsTests {

	static final Path CONTENT = Path.of(BehindTrustedProxy.CONTENT);

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Autowired
	ContentLoader loader;

	Prometheus scrape() {
		return Prometheus.scrape(this.managementPort);
	}

	@Test
	void contentLoadsCountFilesByResultAndTimeEachRun() throws IOException {
		Prometheus before = scrape();
		write("metrics/good-news-" + System.nanoTime() + ".md", story("Good news for the metrics"));
		write("metrics/broken.md", "---\ntitle: [unclosed\n---\nBody\n");
		this.loader.load();
		this.loader.load();
		Prometheus after = scrape();
		assertThat(delta(before, after, "broadsheet_content_files_total", "result=\"loaded\""))
			.isGreaterThanOrEqualTo(1);
		assertThat(delta(before, after, "broadsheet_content_files_total", "result=\"unchanged\""))
			.isGreaterThanOrEqualTo(1);
		assertThat(delta(before, after, "broadsheet_content_files_total", "result=\"failed\""))
			.isGreaterThanOrEqualTo(2);
		assertThat(delta(before, after, "broadsheet_content_load_seconds_count")).isEqualTo(2);
		assertThat(after.has("broadsheet_content_load_seconds_sum")).isTrue();
	}

	@Test
	void replyDecisionsAreCountedByRuleAndOutcome() throws IOException {
		String slug = "replied-" + System.nanoTime();
		write("metrics/" + slug + ".md", story("A story readers reply to"));
		this.loader.load();
		Prometheus before = scrape();
		Http reader = Http.to(this.port).header("X-Forwarded-For", "198.51.100.77");
		String replies = "/articles/" + slug + "/replies";
		assertThat(reader.postForm(replies, reply(reader, slug, "A considered reply")).statusCode()).isEqualTo(303);
		assertThat(reader.postForm(replies, reply(reader, slug, "And a hasty second")).statusCode()).isEqualTo(429);
		Prometheus after = scrape();
		assertThat(delta(before, after, "broadsheet_replies_decisions_total")).isEqualTo(2);
		assertThat(delta(before, after, "broadsheet_replies_decisions_total", "outcome=\"refused\"", "rule=\"flood\""))
			.isEqualTo(1);
	}

	@Test
	void searchesAreTimed() {
		Prometheus before = scrape();
		assertThat(Http.to(this.port).get("/search?q=metrics").statusCode()).isEqualTo(200);
		assertThat(delta(before, scrape(), "broadsheet_search_seconds_count")).isEqualTo(1);
	}

	@Test
	void failedSignInsAndLockoutsAreCounted() {
		Http visitor = Http.to(this.port).header("X-Forwarded-For", "198.51.100.78");
		Prometheus before = scrape();
		for (int i = 0; i < 2; i++) {
			HttpResponse<String> form = visitor.get("/login");
			HttpResponse<String> signIn = visitor.header("Cookie", Http.cookies(form))
				.postForm("/login", Map.of("username", "metrics-guesser", "password", "wrong-" + i, "_csrf",
						Http.field(form.body(), "_csrf")));
			assertThat(signIn.statusCode()).isEqualTo(302);
		}
		Prometheus after = scrape();
		assertThat(delta(before, after, "broadsheet_login_failures_total")).isEqualTo(2);
		assertThat(delta(before, after, "broadsheet_login_lockouts_total", "scope=\"user\"")).isEqualTo(1);
	}

	/** A reply form as the story page renders it, with its own token. */
	static Map<String, String> reply(Http reader, String slug, String comment) {
		String token = Http.field(reader.get("/articles/" + slug).body(), "token");
		return Map.of("comment", comment, "author", "Ada", "email", "ada@example.org", "url", "", "token", token);
	}

	static double delta(Prometheus before, Prometheus after, String metric, String... labels) {
		return after.value(metric, labels) - before.value(metric, labels);
	}

	static String story(String title) {
		return "---\ntitle: " + title + "\ndate: 2025-06-01T09:00:00Z\nsection: World\ncomments: open\n---\n\n"
				+ "The metrics story body, long enough to read.\n";
	}

	static void write(String path, String text) throws IOException {
		Path file = CONTENT.resolve(path);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
	}

}
