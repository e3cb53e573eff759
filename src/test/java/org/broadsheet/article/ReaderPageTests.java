package org.broadsheet.article;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Shared setup of the reader page tests: one running server on an in-memory database, a
 * clock fixed at {@link ArticleBuilder#NOW}, and HTTP requests as a browser sends them
 * (percent-encoded paths, no redirects followed).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ FixedClockConfiguration.class, FailingPage.class })
abstract class ReaderPageTests {

	private static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	ArticleRepository articles;

	@Autowired
	ApplicationEventPublisher events;

	/** Saves stories the way the loader does: then tells everyone they changed. */
	void save(ArticleBuilder... builders) {
		for (ArticleBuilder builder : builders) {
			this.articles.save(builder.build());
		}
		this.events.publishEvent(new ArticlesChanged(Set.of()));
	}

	HttpResponse<String> get(String encodedPath) {
		return send("GET", encodedPath);
	}

	HttpResponse<String> send(String method, String encodedPath) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + encodedPath))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.header("Accept", "text/html")
			.build();
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	Document page(String encodedPath) {
		HttpResponse<String> response = get(encodedPath);
		if (response.statusCode() != 200) {
			throw new AssertionError(encodedPath + " answered " + response.statusCode());
		}
		return Jsoup.parse(response.body(), "http://localhost:" + this.port + encodedPath);
	}

}
