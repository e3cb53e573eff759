package org.broadsheet.reply;

import java.time.Clock;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class ReaderCookiesTests {

	ReaderCookies cookies = new ReaderCookies(
			new SigningKey(null, new SigningProperties("a-test-secret-s3cret"), Clock.systemUTC()));

	MockHttpServletRequest request = new MockHttpServletRequest();

	MockHttpServletResponse response = new MockHttpServletResponse();

	MockHttpServletRequest next(MockHttpServletResponse response) {
		MockHttpServletRequest next = new MockHttpServletRequest();
		next.setCookies(response.getCookies());
		return next;
	}

	@Test
	void rememberedDetailsComeBackIncludingUnicode() {
		this.cookies.remember(new ReplyAuthor("김철수 \"Kim\"", "kim@example.kr", "https://kim.example"), this.request,
				this.response);
		assertThat(this.cookies.rememberedAuthor(next(this.response)))
			.contains(new ReplyAuthor("김철수 \"Kim\"", "kim@example.kr", "https://kim.example"));
	}

	@Test
	void cookiesAreHttpOnlyLaxAndSecureOnlyOnSecureRequests() {
		this.cookies.remember(new ReplyAuthor("Ada", "a@b.co", null), this.request, this.response);
		assertThat(this.response.getHeader("Set-Cookie")).contains("HttpOnly", "SameSite=Lax", "Path=/")
			.doesNotContain("Secure");
		this.request.setSecure(true);
		MockHttpServletResponse secure = new MockHttpServletResponse();
		this.cookies.addPending(3, this.request, secure);
		assertThat(secure.getHeader("Set-Cookie")).contains("Secure", "HttpOnly", "SameSite=Lax");
	}

	@Test
	void pendingIdsAccumulateAndAreSigned() {
		this.cookies.addPending(3, this.request, this.response);
		MockHttpServletRequest second = next(this.response);
		MockHttpServletResponse response2 = new MockHttpServletResponse();
		this.cookies.addPending(9, second, response2);
		assertThat(this.cookies.pendingIds(next(response2))).containsExactly(3L, 9L);
	}

	@Test
	void aForgedPendingListIsIgnored() {
		this.request.setCookies(new Cookie(ReaderCookies.PENDING, "1-2-3.forged"));
		assertThat(this.cookies.pendingIds(this.request)).isEmpty();
	}

	@Test
	void aGarbledRememberCookieIsIgnored() {
		this.request.setCookies(new Cookie(ReaderCookies.AUTHOR, "%%%"));
		assertThat(this.cookies.rememberedAuthor(this.request)).isEmpty();
	}

	@Test
	void forgettingClearsOnlyAnExistingCookie() {
		this.cookies.forget(this.request, this.response);
		assertThat(this.response.getHeaders("Set-Cookie")).isEmpty();
		this.request.setCookies(new Cookie(ReaderCookies.AUTHOR, "x"));
		this.cookies.forget(this.request, this.response);
		assertThat(this.response.getHeader("Set-Cookie")).contains("Max-Age=0");
	}

}
