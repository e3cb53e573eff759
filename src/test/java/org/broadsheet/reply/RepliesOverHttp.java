package org.broadsheet.reply;

import java.util.Map;

import org.broadsheet.Http;
import org.broadsheet.article.ArticleRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Reply posts on a real port, as a browser sends them, each from the address a proxy
 * names in {@code X-Forwarded-For}.
 */
abstract class RepliesOverHttp {

	@LocalServerPort
	int port;

	@Autowired
	FormTokens tokens;

	@Autowired
	ArticleRepository articles;

	String newStory() {
		return Stories.publicStory(this.articles).getSlug();
	}

	/** Posts a reply and answers the status (303 stored, 429 refused as a flood). */
	int post(String slug, String forwardedFor, String comment) {
		return Http.to(this.port)
			.header("X-Forwarded-For", forwardedFor)
			.postForm("/articles/" + slug + "/replies",
					Map.of("comment", comment, "author", "Ada Reader", "email", "ada@example.org", "url", "", "token",
							ReplyPosts.token(this.tokens, slug)))
			.statusCode();
	}

}
