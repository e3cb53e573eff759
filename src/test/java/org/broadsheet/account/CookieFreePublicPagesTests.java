package org.broadsheet.account;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;

import org.broadsheet.article.Article;
import org.broadsheet.article.ArticleRepository;
import org.broadsheet.article.Desk;
import org.broadsheet.reply.ReplyFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Against a real server: public pages open no session and set no cookie (so a cache or
 * CDN can serve one copy to everyone), while staff pages are private and never stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CookieFreePublicPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	ArticleRepository articles;

	@Autowired
	UserRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	Article story;

	@BeforeEach
	void publishAStoryInADesk() {
		this.story = ReplyFixtures.story(this.articles);
		this.story.setDesk(Desk.named("World"));
		this.story = this.articles.save(this.story);
	}

	HttpResponse<String> get(String path) throws Exception {
		return this.client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void anonymousReaderPagesSetNoCookieAndCarryNoCsrfToken() throws Exception {
		List<String> paths = List.of("/", "/?page=2", "/articles/" + this.story.getSlug(), "/articles/no-such-story",
				"/sections/" + this.story.getDesk().slug(), "/tags/none", "/search?q=harbour", "/robots.txt");
		for (String path : paths) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isLessThan(500);
			assertThat(response.headers().allValues("Set-Cookie")).as("Set-Cookie on " + path).isEmpty();
			assertThat(response.body()).as(path).doesNotContain("_csrf");
		}
	}

	@Test
	void storyPageWithItsReplyFormIsCookieFreeAndCacheable() throws Exception {
		HttpResponse<String> response = get("/articles/" + this.story.getSlug());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains(this.story.getTitle());
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(response.headers().firstValue("Cache-Control").orElse("")).doesNotContain("no-store");
		assertThat(response.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
	}

	@Test
	void signInPageIsPrivateAndNeverStored() throws Exception {
		HttpResponse<String> response = get("/login");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
		assertThat(response.body()).contains("name=\"_csrf\"");
	}

	@Test
	void signedInWithoutTheRoleGetsTheFriendlyForbiddenPage() throws Exception {
		if (this.users.findByUsername("moderator-only").isEmpty()) {
			this.users.save(new User("moderator-only", this.passwordEncoder.encode("moderator password"),
					EnumSet.of(Role.MODERATOR), java.time.Instant.now()));
		}
		HttpResponse<String> loginPage = get("/login");
		String cookie = loginPage.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
		String token = loginPage.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		HttpResponse<String> signedIn = this.client
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Cookie", cookie)
				.POST(HttpRequest.BodyPublishers
					.ofString("username=moderator-only&password=moderator+password&_csrf=" + token))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith("/moderation");
		String session = signedIn.headers().firstValue("Set-Cookie").map((c) -> c.split(";", 2)[0]).orElse(cookie);
		HttpResponse<String> forbidden = this.client
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/admin/users"))
				.header("Cookie", session)
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(forbidden.statusCode()).isEqualTo(403);
		assertThat(forbidden.body()).contains("Not allowed").contains("Signed in as moderator-only");
	}

}
