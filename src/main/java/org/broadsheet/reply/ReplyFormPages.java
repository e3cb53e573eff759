package org.broadsheet.reply;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.broadsheet.article.Article;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The stand-alone reply form page ({@code replies/form}): for answering a reply without
 * JavaScript, and to show a refused post again with everything the reader typed. Its
 * cache headers are those of every page with a reply section ({@link ReplyCacheHeaders}).
 */
@Component
class ReplyFormPages {

	static final String VIEW = "replies/form";

	private final ReplyPageSupport support;

	private final ReplyRepository replies;

	private final ReplyThreads threads;

	private final ReaderCookies cookies;

	ReplyFormPages(ReplyPageSupport support, ReplyRepository replies, ReplyThreads threads, ReaderCookies cookies) {
		this.support = support;
		this.replies = replies;
		this.threads = threads;
		this.cookies = cookies;
	}

	boolean isOpen(PostTarget story) {
		return this.support.isOpen(story);
	}

	/** A blank form, answering {@code parentId} when that is an approved reply here. */
	ModelAndView blank(Article article, Long parentId, HttpServletRequest request, HttpServletResponse response) {
		Reply parent = approvedParent(article, parentId);
		ReplySection.Form form = this.support.blankForm(request, (parent != null) ? parent.getId() : null,
				(parent != null) ? parent.getAuthorName() : null);
		return page(article, form, parent, this.cookies.hasAny(request), HttpStatus.OK, request, response);
	}

	/** The form again after a refused post, with the reader's text and the reason. */
	ModelAndView typed(Article article, ReplyForm typed, ReplyPosting.Result result, HttpServletRequest request,
			HttpServletResponse response) {
		Reply parent = approvedParent(article, typed.parent());
		// a parent that cannot be answered is dropped, so the next post is a top-level
		// reply
		ReplySection.Form form = this.support.typedForm(typed.answering((parent != null) ? parent.getId() : null),
				result.errors(), result.message(), (parent != null) ? parent.getAuthorName() : null);
		if (!result.retryAfter().isZero()) {
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(result.retryAfter().toSeconds()));
		}
		return page(article, form, parent, true, result.status(), request, response);
	}

	/** "Replies are closed." (403 for a post). */
	ModelAndView closed(Article article, HttpServletRequest request, HttpServletResponse response) {
		ReplySection.Form form = new ReplySection.Form(null, null, null, null, false, null, null, Map.of(), null,
				FollowUps.NONE);
		return page(article, form, null, false, HttpStatus.FORBIDDEN, request, response);
	}

	private ModelAndView page(Article article, ReplySection.Form form, Reply parent, boolean personal,
			HttpStatus status, HttpServletRequest request, HttpServletResponse response) {
		boolean open = this.support.isOpen(article);
		ReplySection section = new ReplySection(article.getSlug(), open, 0, List.of(), form,
				open ? this.support.token(article, request) : null, personal, false);
		ReplyCacheHeaders.apply(section, request, response);
		ModelAndView page = new ModelAndView(VIEW);
		page.addObject("article", article);
		page.addObject("replies", section);
		page.addObject("parent", (parent != null) ? this.threads.node(parent, false, false, List.of()) : null);
		page.setStatus(status);
		return page;
	}

	private Reply approvedParent(Article article, Long parentId) {
		if (parentId == null) {
			return null;
		}
		return this.replies.findById(parentId)
			.filter((reply) -> reply.isApproved() && reply.getArticleId().equals(article.getId()))
			.orElse(null);
	}

}
