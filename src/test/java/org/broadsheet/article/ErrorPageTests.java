package org.broadsheet.article;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorPageTests extends ReaderPageTests {

	private static final HttpClient http = HttpClient.newHttpClient();

	@ParameterizedTest
	@ValueSource(strings = { "", "*/*", "application/json", "text/html" })
	void missingStoryIsTheSitesNotFoundPageWhateverTheClientAccepts(String accept)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/articles/no-such-story"));
		if (!accept.isEmpty()) {
			request.header("Accept", accept);
		}

		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("main#main h1").text()).isEqualTo("Page not found");
		assertThat(page.select("#site-header")).isNotEmpty();
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("\"status\"");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			DELETE | /articles/any-story/replies | 405 | Method not allowed
			TRACE  | /                           | 405 | Method not allowed
			POST   | /articles/any-story/replies | 413 | Too large
			""")
	void aRefusedRequestIsTheSitesPageSayingWhatWasWrong(String method, String path, int status, String title)
			throws IOException, InterruptedException {
		String body = "POST".equals(method) ? "comment=" + "y".repeat(3_000_000) : "";
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.method(method, HttpRequest.BodyPublishers.ofString(body))
			.build();

		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(status);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("main#main h1").text()).isEqualTo(title);
		assertThat(page.title()).startsWith(title);
	}

}
