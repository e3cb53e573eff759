package org.broadsheet.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.broadsheet.feed.DiscoveryTest;
import org.broadsheet.reply.ReplyRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Odd and hostile requests against the running server, sent byte for byte: each gets a
 * specific 4xx page in the site layout (or a normal page), never a 500, a stack trace or
 * the server's bare error page, and nothing is logged as an error.
 */
@DiscoveryTest
@ExtendWith(OutputCaptureExtension.class)
class HostileRequestTests {

	static final String STORY = "/articles/lee-jae-myung-visits-china";

	@LocalServerPort
	int port;

	@Autowired
	ReplyRepository replies;

	RawHttp http;

	@BeforeEach
	void connect() {
		this.http = new RawHttp(this.port);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			/articles/%ff                         | 400
			/articles/%c0%ae%c0%ae                | 400
			/tags/%                               | 400
			/tags/%zz                             | 400
			/sections/%ff/rss.xml                 | 400
			/authors/%e2%82                       | 400
			/articles/a%00b                       | 400
			/tags/;a=b%u0041                      | 400
			/articles/;x%2                        | 400
			/articles/lee-jae-myung-visits-china;v=%zz | 400
			/media/..%2f..%2fetc%2fpasswd         | 400
			/media/%5c..%5c..%5cetc%5cpasswd      | 400
			/media/world/..%5c..%5cpom.xml        | 400
			/media/%2e%2e/%2e%2e/pom.xml          | 400
			/media/..;/pom.xml                    | 404
			/media/world/%2e%2e%2f%2e%2e%2fpom.xml | 400
			/?page=-1                             | 400
			/?page=abc                            | 400
			/?page=99999999999                    | 400
			/sections/world?page=-1               | 400
			/sections/world?page=abc              | 400
			/tags/south-korea?page=99999999999    | 400
			/?x=%ff                               | 400
			/rss.xml?x=%ff%fe                     | 400
			/search?q=%ff                         | 400
			/search?q=%                           | 400
			/articles/lee-jae-myung-visits-china/replies?replytocom=abc | 400
			/articles/no-such-story               | 404
			/articles/..%252f..%252fetc           | 404
			/no/such/page                         | 404
			/sections/world?page=2147483647       | 404
			/error                                | 404
			/error?status=500                     | 404
			/error/                               | 404
			""")
	void oddAddressesGetASpecificErrorPageInTheSiteLayout(String target, int status, CapturedOutput output)
			throws IOException {
		RawHttp.Answer answer = this.http.get(target);
		assertErrorPage(answer, status);
		assertNoErrorLogged(output);
	}

	@ParameterizedTest
	@ValueSource(strings = { "*:*", "(((", "\"", "\\", "a\u0000b", "title:x AND", "~!@#$%^&*()_+{}|[]", "مرحبا بالعالم",
			"שלום", "東京 天気", "😀🎉", "\u202Eevil" })
	void searchTakesLuceneSyntaxAndAnyScriptAsPlainWords(String query, CapturedOutput output) throws IOException {
		RawHttp.Answer answer = this.http.get("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
		assertThat(answer.status()).as(query).isEqualTo(200);
		assertThat(answer.body()).contains("id=\"site-header\"").doesNotContain("Exception");
		assertNoErrorLogged(output);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/search?q=a&page=-1", "/search?q=a&page=abc", "/search?q=a&page=99999999999" })
	void oddSearchPagesFallBackToAPage(String target, CapturedOutput output) throws IOException {
		RawHttp.Answer answer = this.http.get(target);
		assertThat(answer.status()).isIn(200, 400);
		assertThat(answer.body()).contains("id=\"site-header\"").doesNotContain("Exception");
		assertNoErrorLogged(output);
	}

	@Test
	void aFiveHundredCharacterQueryIsSearched(CapturedOutput output) throws IOException {
		RawHttp.Answer answer = this.http.get("/search?q=" + "a".repeat(500));
		assertThat(answer.status()).isEqualTo(200);
		assertNoErrorLogged(output);
	}

	@Test
	void aQueryLongerThanTheServerAcceptsGetsTheSite400Page(CapturedOutput output) throws IOException {
		assertErrorPage(this.http.get("/search?q=" + "b".repeat(20_000)), 400);
		assertNoErrorLogged(output);
	}

	@Test
	void aVeryLongSlugIsNotFound(CapturedOutput output) throws IOException {
		assertErrorPage(this.http.get("/articles/" + "a".repeat(4_000)), 404);
		assertNoErrorLogged(output);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			POST   | /                      | 403
			POST   | /search?q=a            | 403
			POST   | /articles/lee-jae-myung-visits-china | 403
			PUT    | /sections/world        | 403
			DELETE | /rss.xml               | 403
			POST   | /media/world/map.png   | 403
			POST   | /admin                 | 403
			POST   | /moderation            | 403
			DELETE | /articles/lee-jae-myung-visits-china/replies | 405
			PUT    | /articles/lee-jae-myung-visits-china/replies/1/report | 405
			GET    | /articles/lee-jae-myung-visits-china/replies/1/report | 405
			""")
	void wrongMethodsAndMissingCsrfTokensGetTheirOwnPages(String method, String target, int status,
			CapturedOutput output) throws IOException {
		RawHttp.Answer answer = this.http.send(method, target, null, null);
		assertThat(answer.status()).as(method + " " + target).isEqualTo(status);
		assertThat(answer.body()).contains("id=\"main\"").doesNotContain("Exception").doesNotContain("HTTP Status");
		assertNoErrorLogged(output);
	}

	@ParameterizedTest
	@ValueSource(strings = { "application/json", "text/plain", "application/xml", "multipart/form-data; boundary=x" })
	void repliesInAnotherFormatAreRefusedWithoutStoringAnything(String contentType, CapturedOutput output)
			throws IOException {
		RawHttp.Answer answer = this.http.send("POST", STORY + "/replies", contentType,
				"{\"comment\":\"hi\"}".getBytes(StandardCharsets.UTF_8));
		assertThat(answer.status()).isBetween(400, 499);
		assertThat(answer.body()).contains("id=\"main\"").doesNotContain("Exception");
		assertNoErrorLogged(output);
	}

	@Test
	void aReplyFormWithBytesThatAreNotUtf8IsA400Page(CapturedOutput output) throws IOException {
		String form = "comment=%ff%fe&author=A&email=a%40example.org&token=" + token();
		assertErrorPage(post(form), 400);
		assertNoErrorLogged(output);
	}

	@Test
	void aReplyFormLargerThanTheServerAcceptsIsA413Page(CapturedOutput output) throws IOException {
		String form = "author=A&email=a%40example.org&token=" + token() + "&comment=" + "y".repeat(3_000_000);
		assertErrorPage(post(form), 413);
		assertNoErrorLogged(output);
	}

	@Test
	void everyOversizedReplyFieldGetsItsOwnFormError(CapturedOutput output) throws IOException {
		String form = "comment=" + "c".repeat(70_000) + "&author=" + "n".repeat(300) + "&email=" + "e".repeat(120)
				+ "%40example.org&url=https%3A%2F%2F" + "u".repeat(250) + ".org&token=" + token();
		RawHttp.Answer answer = post(form);
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.body()).contains("id=\"site-header\"")
			.contains("at most 65,525 characters")
			.contains("at most 245 characters")
			.contains("at most 200 characters");
		assertThat(Pattern.compile("class=\"field-error\"").matcher(answer.body()).results()).hasSize(4);
		assertNoErrorLogged(output);
	}

	@Test
	void aReplyInAnyScriptIsStoredExactlyAsTyped(CapturedOutput output) throws IOException {
		String comment = "مرحبا بالعالم — שלום — 東京の天気 — 中文 — 😀🎉 — \u202Edesrever";
		String name = "محمد 李 😀";
		String form = "comment=" + URLEncoder.encode(comment, StandardCharsets.UTF_8) + "&author="
				+ URLEncoder.encode(name, StandardCharsets.UTF_8) + "&email=script%40example.org&url="
				+ URLEncoder.encode("https://例え.jp/", StandardCharsets.UTF_8) + "&token=" + token();
		RawHttp.Answer answer = this.http.from("127.0.0.77")
			.send("POST", STORY + "/replies", "application/x-www-form-urlencoded",
					form.getBytes(StandardCharsets.US_ASCII));
		assertThat(answer.status()).as(answer.body()).isEqualTo(303);
		assertThat(this.replies.findAll()).anySatisfy((reply) -> {
			assertThat(reply.getText()).isEqualTo(comment);
			assertThat(reply.getAuthorName()).isEqualTo(name);
			assertThat(reply.getAuthorUrl()).isEqualTo("https://例え.jp/");
		});
		assertNoErrorLogged(output);
	}

	private RawHttp.Answer post(String form) throws IOException {
		return this.http.send("POST", STORY + "/replies", "application/x-www-form-urlencoded",
				form.getBytes(StandardCharsets.US_ASCII));
	}

	private String token() throws IOException {
		Matcher matcher = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(this.http.get(STORY).body());
		assertThat(matcher.find()).isTrue();
		return URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
	}

	static void assertErrorPage(RawHttp.Answer answer, int status) {
		assertThat(answer.status()).as(answer.headers()).isEqualTo(status);
		assertThat(answer.header("Content-Type")).startsWith("text/html");
		assertThat(answer.body()).contains("id=\"site-header\"")
			.contains("class=\"wrap error-page\"")
			.doesNotContain("Exception")
			.doesNotContain("HTTP Status")
			.doesNotContainPattern("\\bat (org|java)\\.");
	}

	static void assertNoErrorLogged(CapturedOutput output) {
		assertThat(output.getAll()).doesNotContain(" ERROR ").doesNotContainPattern("\\tat (org|java)\\.");
	}

}
