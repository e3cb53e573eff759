package org.broadsheet.reply;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.broadsheet.article.Article;
import org.broadsheet.article.ArticleRepository;

/**
 * Stories and stored replies for tests of other features (moderation), which cannot call
 * the reply feature's package-private constructors.
 */
public final class ReplyFixtures {

	private ReplyFixtures() {
	}

	public static Article story(ArticleRepository articles) {
		String slug = "story-" + UUID.randomUUID().toString().substring(0, 8);
		Article article = new Article(slug);
		article.setTitle("Headline " + slug);
		article.setLang("en");
		article.setPublishedAt(Instant.now().minus(1, ChronoUnit.DAYS));
		article.setMarkdown("Body");
		article.setHtml("<p>Body</p>");
		return articles.save(article);
	}

	public static Reply reply(ReplyRepository replies, Article article, String name, String email, String text,
			ReplyStatus status, Instant createdAt) {
		Reply reply = new Reply(article, new ReplyAuthor(name, email, "https://example.org/" + name), text, createdAt);
		reply.fingerprint("ab12cd34ef56" + UUID.randomUUID().toString().substring(0, 8), "ua");
		reply.decide(status, (status == ReplyStatus.PENDING) ? "moderation-words" : "test",
				(status == ReplyStatus.PENDING) ? "contains a moderation word" : null);
		return replies.save(reply);
	}

	public static Reply answer(ReplyRepository replies, Reply parent, String name, String email, String text) {
		Reply reply = new Reply(parent.getArticle(), new ReplyAuthor(name, email, null), text, Instant.now());
		reply.answer(parent);
		reply.fingerprint("ff", "ua");
		reply.decide(ReplyStatus.PENDING, "new", null);
		return replies.save(reply);
	}

}
