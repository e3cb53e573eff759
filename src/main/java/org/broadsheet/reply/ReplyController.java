package org.broadsheet.reply;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The reply form: {@code GET} shows it on its own page (to answer a reply without
 * JavaScript), {@code POST} stores a reply and sends the reader back to it (303), or
 * shows the form again with the reason and everything typed kept.
 */
@Controller
class ReplyController {

	private final PublicArticles articles;

	private final ReplyPosting posting;

	private final ReplyFormPages pages;

	private final ReplyFormReader forms;

	ReplyController(PublicArticles articles, ReplyPosting posting, ReplyFormPages pages, ReplyFormReader forms) {
		this.articles = articles;
		this.posting = posting;
		this.pages = pages;
		this.forms = forms;
	}

	@GetMapping("/articles/{slug}/replies")
	ModelAndView initReplyForm(@PathVariable String slug,
			@RequestParam(name = "replytocom", required = false) Long parentId, HttpServletRequest request,
			HttpServletResponse response) {
		return this.pages.blank(this.articles.bySlug(slug), parentId, request, response);
	}

	@PostMapping("/articles/{slug}/replies")
	ModelAndView processReplyForm(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response) {
		PostTarget story = this.articles.forPosting(slug);
		if (!this.pages.isOpen(story)) {
			return this.pages.closed(this.articles.bySlug(slug), request, response);
		}
		ReplyFormReader.Posted posted = this.forms.read(request);
		ReplyForm form = posted.form();
		ReplyPosting.Result result = this.posting.post(story, form, posted.binding(), request, response);
		if (result.stored()) {
			return seeOther(UriComponentsBuilder.fromPath("/articles/{slug}")
				.fragment("reply-" + result.replyId())
				.buildAndExpand(slug)
				.encode()
				.toUriString());
		}
		return this.pages.typed(this.articles.bySlug(slug), form, result, request, response);
	}

	static ModelAndView seeOther(String path) {
		RedirectView redirect = new RedirectView(path, true);
		redirect.setStatusCode(HttpStatus.SEE_OTHER);
		redirect.setExposeModelAttributes(false);
		redirect.setExpandUriTemplateVariables(false);
		return new ModelAndView(redirect);
	}

}
