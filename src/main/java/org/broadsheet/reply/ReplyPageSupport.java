package org.broadsheet.reply;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.broadsheet.article.Article;
import org.broadsheet.web.PageFreshness;

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

	/**
	 * A token for the page's forms, issued now. It is noted as the page's live text, so a
	 * kept copy of the page carries a token issued when it is served; the moment the
	 * story stops taking replies by age is noted as a change by the clock.
	 */
	String token(Article article, HttpServletRequest request) {
		String slug = article.getSlug();
		String token = this.tokens.issue(slug);
		PageFreshness.live(request, token, () -> this.tokens.issue(slug));
		Instant closes = this.window.closesAt(article.getPublishedAt());
		if (article.isCommentsOpen() && closes != null && closes.isAfter(this.clock.instant())) {
			PageFreshness.changesAt(request, closes);
		}
		return token;
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
