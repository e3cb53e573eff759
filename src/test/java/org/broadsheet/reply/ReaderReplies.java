package org.broadsheet.reply;

import java.time.Clock;

import org.broadsheet.article.Article;
import org.broadsheet.article.ArticleRepository;

import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Reply form posts and stories for tests outside this package (mail): a browser's post
 * with a genuine form token rendered ten seconds ago by the context's clock, from a
 * client address of its own.
 */
public final class ReaderReplies {

	private ReaderReplies() {
	}

	/** A public story open for replies. */
	public static Article publicStory(ApplicationContext context) {
		return Stories.publicStory(context.getBean(ArticleRepository.class));
	}

	/** A post of the reply form by this reader. */
	public static MockHttpServletRequestBuilder reply(ApplicationContext context, String slug, String text, String name,
			String email) {
		String token = context.getBean(FormTokens.class)
			.issue(slug, context.getBean(Clock.class).instant().minusSeconds(10));
		String address = ReplyPosts.freshAddress();
		return post("/articles/{slug}/replies", slug).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.header("Host", "localhost")
			.header("Origin", "http://localhost")
			.header("Sec-Fetch-Site", "same-origin")
			.header("User-Agent", "TestBrowser/1.0")
			.param("comment", text)
			.param("author", name)
			.param("email", email)
			.param("token", token)
			.with((request) -> {
				request.setRemoteAddr(address);
				return request;
			});
	}

	/** The id of the newest reply with this text. */
	public static long idOf(ApplicationContext context, String text) {
		return context.getBean(ReplyRepository.class)
			.findAll()
			.stream()
			.filter((reply) -> reply.getText().equals(text))
			.mapToLong(Reply::getId)
			.max()
			.orElseThrow();
	}

}
