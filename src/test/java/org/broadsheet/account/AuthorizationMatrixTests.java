package org.broadsheet.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every staff URL × {anonymous, MODERATOR, EDITOR, ADMIN, CONTRIBUTOR} × {GET, POST with
 * and without CSRF}. Anonymous readers are sent to sign in, the wrong role gets 403, a
 * POST without a CSRF token is refused before anything else, and the right role reaches
 * the handler (whose answer for a guessed id is a 404, never a 500).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AuthorizationMatrixTests {

	static final String MODERATOR = "MODERATOR";

	static final String ADMIN = "ADMIN";

	/**
	 * One staff URL.
	 *
	 * @param method GET or POST
	 * @param url the path (a guessed id where there is one)
	 * @param role the role it needs
	 * @param allowed the status the right role gets
	 * @param params form fields sent with it
	 */
	record Endpoint(HttpMethod method, String url, String role, int allowed, Map<String, String> params) {

		@Override
		public String toString() {
			return this.method + " " + this.url;
		}

	}

	static final List<Endpoint> ENDPOINTS = List.of(
			new Endpoint(HttpMethod.GET, "/moderation", MODERATOR, 200, Map.of()),
			new Endpoint(HttpMethod.GET, "/moderation?status=trash", MODERATOR, 200, Map.of()),
			new Endpoint(HttpMethod.GET, "/moderation/log", MODERATOR, 200, Map.of()),
			new Endpoint(HttpMethod.GET, "/moderation/blocked", MODERATOR, 200, Map.of()),
			new Endpoint(HttpMethod.GET, "/moderation/erase", MODERATOR, 200, Map.of()),
			new Endpoint(HttpMethod.GET, "/moderation/replies/999999", MODERATOR, 404, Map.of()),
			new Endpoint(HttpMethod.POST, "/moderation/replies/999999/approve", MODERATOR, 404, Map.of("version", "0")),
			new Endpoint(HttpMethod.POST, "/moderation/replies/999999/delete", MODERATOR, 404, Map.of("version", "0")),
			new Endpoint(HttpMethod.POST, "/moderation/bulk", MODERATOR, 302,
					Map.of("action", "approve", "selected", "999999:0")),
			new Endpoint(HttpMethod.POST, "/moderation/replies/999999/edit", MODERATOR, 404,
					Map.of("version", "0", "text", "x")),
			new Endpoint(HttpMethod.POST, "/moderation/replies/999999/answer", MODERATOR, 404, Map.of("text", "x")),
			new Endpoint(HttpMethod.POST, "/moderation/replies/999999/block", MODERATOR, 404, Map.of("email", "true")),
			new Endpoint(HttpMethod.POST, "/moderation/blocked/999999/delete", MODERATOR, 404, Map.of()),
			new Endpoint(HttpMethod.POST, "/moderation/erase/find", MODERATOR, 200,
					Map.of("email", "nobody@example.com")),
			new Endpoint(HttpMethod.POST, "/moderation/erase/export", MODERATOR, 200,
					Map.of("email", "nobody@example.com")),
			new Endpoint(HttpMethod.POST, "/moderation/erase", MODERATOR, 302, Map.of("email", "nobody@example.com")),
			new Endpoint(HttpMethod.GET, "/admin/users", ADMIN, 200, Map.of()),
			new Endpoint(HttpMethod.GET, "/admin/users/999999", ADMIN, 404, Map.of()),
			new Endpoint(HttpMethod.POST, "/admin/users", ADMIN, 200, Map.of("username", "", "password", "")),
			new Endpoint(HttpMethod.POST, "/admin/users/999999/roles", ADMIN, 404, Map.of("roles", "EDITOR")),
			new Endpoint(HttpMethod.POST, "/admin/users/999999/disable", ADMIN, 404, Map.of()),
			new Endpoint(HttpMethod.POST, "/admin/users/999999/enable", ADMIN, 404, Map.of()),
			new Endpoint(HttpMethod.POST, "/admin/users/999999/password", ADMIN, 404,
					Map.of("password", "long enough password")));

	static final String CONTRIBUTOR = "CONTRIBUTOR";

	static final String EDITOR = "EDITOR";

	/**
	 * The editors' URLs (issue 6): a CONTRIBUTOR writes drafts, only an EDITOR changes a
	 * story's status or adds a correction.
	 */
	static final List<Endpoint> EDITORIAL = List.of(new Endpoint(HttpMethod.GET, "/admin", CONTRIBUTOR, 200, Map.of()),
			new Endpoint(HttpMethod.GET, "/admin/articles/new", CONTRIBUTOR, 200, Map.of()),
			new Endpoint(HttpMethod.POST, "/admin/articles/new", CONTRIBUTOR, 200, Map.of("title", "")),
			new Endpoint(HttpMethod.GET, "/admin/articles/999999/edit", CONTRIBUTOR, 404, Map.of()),
			new Endpoint(HttpMethod.POST, "/admin/articles/999999/edit", CONTRIBUTOR, 404,
					Map.of("version", "0", "title", "x", "action", "draft")),
			new Endpoint(HttpMethod.POST, "/admin/articles/preview", CONTRIBUTOR, 200, Map.of("title", "x")),
			new Endpoint(HttpMethod.GET, "/admin/articles/999999/export", CONTRIBUTOR, 404, Map.of()),
			new Endpoint(HttpMethod.GET, "/admin/articles/999999/revisions", CONTRIBUTOR, 404, Map.of()),
			new Endpoint(HttpMethod.GET, "/admin/articles/999999/revisions/1", CONTRIBUTOR, 404, Map.of()),
			new Endpoint(HttpMethod.POST, "/admin/articles/999999/revisions/1/restore", EDITOR, 404, Map.of()),
			new Endpoint(HttpMethod.POST, "/admin/articles/999999/unpublish", EDITOR, 404, Map.of("version", "0")),
			new Endpoint(HttpMethod.POST, "/admin/articles/999999/publish", EDITOR, 404, Map.of("version", "0")),
			new Endpoint(HttpMethod.POST, "/admin/articles/999999/trash", EDITOR, 404, Map.of("version", "0")),
			new Endpoint(HttpMethod.POST, "/admin/articles/999999/restore", EDITOR, 404, Map.of("version", "0")),
			new Endpoint(HttpMethod.POST, "/admin/articles/999999/corrections", EDITOR, 404,
					Map.of("version", "0", "text", "x", "date", "2026-01-05")),
			new Endpoint(HttpMethod.GET, "/admin/media", CONTRIBUTOR, 200, Map.of()),
			new Endpoint(HttpMethod.POST, "/admin/media", CONTRIBUTOR, 200, Map.of("alt", "")),
			new Endpoint(HttpMethod.POST, "/admin/media/delete", EDITOR, 404, Map.of("path", "media/missing.png")));

	static final List<String> VIEWERS = List.of("anonymous", MODERATOR, EDITOR, ADMIN, CONTRIBUTOR);

	@Autowired
	MockMvc mvc;

	static Stream<Arguments> matrix() {
		List<Arguments> cases = new ArrayList<>();
		for (Endpoint endpoint : Stream.concat(ENDPOINTS.stream(), EDITORIAL.stream()).toList()) {
			for (String viewer : VIEWERS) {
				if (endpoint.method() == HttpMethod.GET) {
					cases.add(Arguments.of(endpoint, viewer, true, expected(endpoint, viewer, true)));
				}
				else {
					cases.add(Arguments.of(endpoint, viewer, true, expected(endpoint, viewer, true)));
					cases.add(Arguments.of(endpoint, viewer, false, expected(endpoint, viewer, false)));
				}
			}
		}
		return cases.stream();
	}

	static int expected(Endpoint endpoint, String viewer, boolean withCsrf) {
		if (!withCsrf) {
			return 403;
		}
		if (viewer.equals("anonymous")) {
			return 302;
		}
		boolean allowed = viewer.equals(ADMIN) || viewer.equals(endpoint.role())
				|| (viewer.equals(EDITOR) && endpoint.role().equals(CONTRIBUTOR));
		return allowed ? endpoint.allowed() : 403;
	}

	@ParameterizedTest(name = "{0} as {1}, CSRF token {2} -> {3}")
	@MethodSource("matrix")
	void staffUrlAnswers(Endpoint endpoint, String viewer, boolean withCsrf, int expected) throws Exception {
		MockHttpServletRequestBuilder request = request(endpoint.method(), endpoint.url());
		endpoint.params().forEach((name, value) -> request.param(name, value));
		if (!viewer.equals("anonymous")) {
			request.with(user("someone-" + viewer.toLowerCase()).roles(viewer));
		}
		if (withCsrf && endpoint.method() == HttpMethod.POST) {
			request.with(csrf());
		}
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(expected);
		if (expected == 302 && viewer.equals("anonymous")) {
			assertThat(response.getRedirectedUrl()).isEqualTo("/login");
		}
		if (expected == 200 || expected == 404) {
			assertThat(response.getHeader("Cache-Control")).contains("no-store");
		}
	}

	static Stream<Arguments> crossSitePosts() {
		List<Arguments> cases = new ArrayList<>();
		List<Endpoint> posts = Stream.concat(ENDPOINTS.stream(), EDITORIAL.stream())
			.filter((endpoint) -> endpoint.method() == HttpMethod.POST)
			.toList();
		for (Endpoint endpoint : posts) {
			cases.add(Arguments.of(endpoint, "Origin", "https://evil.example"));
			cases.add(Arguments.of(endpoint, "Origin", "null"));
			cases.add(Arguments.of(endpoint, "Sec-Fetch-Site", "cross-site"));
			cases.add(Arguments.of(endpoint, "Sec-Fetch-Site", "same-site"));
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} with {1}: {2} -> 403")
	@MethodSource("crossSitePosts")
	void staffPostsFromAnotherSiteAreRefusedEvenWithAValidToken(Endpoint endpoint, String header, String value)
			throws Exception {
		assertThat(staffPost(endpoint, header, value).getStatus()).isEqualTo(403);
		String sameSite = header.equals("Origin") ? "http://localhost" : "same-origin";
		assertThat(staffPost(endpoint, header, sameSite).getStatus()).isEqualTo(endpoint.allowed());
	}

	private MockHttpServletResponse staffPost(Endpoint endpoint, String header, String value) throws Exception {
		MockHttpServletRequestBuilder request = request(endpoint.method(), endpoint.url()).header(header, value);
		endpoint.params().forEach((name, param) -> request.param(name, param));
		request.with(user("someone-admin").roles(ADMIN)).with(csrf());
		return this.mvc.perform(request).andReturn().getResponse();
	}

	@ParameterizedTest
	@MethodSource("signInPosts")
	void signingInOrOutFromAnotherSiteIsRefused(String url) throws Exception {
		assertThat(this.mvc
			.perform(request(HttpMethod.POST, url).header("Origin", "https://evil.example")
				.param("username", "admin")
				.param("password", "x")
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	static Stream<String> signInPosts() {
		return Stream.of("/login", "/logout");
	}

}
