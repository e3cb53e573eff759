package org.broadsheet.reply;

import java.time.Clock;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.broadsheet.article.Article;

import org.springframework.stereotype.Component;

/**
 * What every page with a reply form needs: whether the story is open, a fresh token, and
 * the form's values (typed, remembered or blank).
 */
@Component
class ReplyPageSupport {

	private final Clock clock;

	private final ReplyWindow window;

	private final FormTokens tokens;

	private final ReaderCookies cookies;

	ReplyPageSupport(Clock clock, ReplyWindow window, FormTokens tokens, ReaderCookies cookies) {
		this.clock = clock;
		this.window = window;
		this.tokens = tokens;
		this.cookies = cookies;
	}

	boolean isOpen(Article article) {
		return this.window.isOpen(article, this.clock.instant());
	}

	boolean isOpen(PostTarget story) {
		return this.window.isOpen(story.commentsOpen(), story.publishedAt(), this.clock.instant());
	}

	String token(Article article) {
		return this.tokens.issue(article.getSlug());
	}

	/** An empty form, prefilled with the remembered details when the reader has them. */
	ReplySection.Form blankForm(HttpServletRequest request, Long parentId, String parentAuthor) {
		return this.cookies.rememberedAuthor(request)
			.map((author) -> new ReplySection.Form(null, author.name(), author.email(), author.website(), true,
					parentId, parentAuthor, Map.of(), null, FollowUps.NONE))
			.orElseGet(() -> new ReplySection.Form(null, null, null, null, false, parentId, parentAuthor, Map.of(),
					null, FollowUps.NONE));
	}

	/** The form as the reader typed it, with errors (message keys) to show. */
	ReplySection.Form typedForm(ReplyForm form, Map<String, String> errors, String message, String parentAuthor) {
		return new ReplySection.Form(form.comment(), form.author(), form.email(), form.url(),
				form.wantsToBeRemembered(), form.parent(), parentAuthor, errors, message, form.followUps());
	}

}
