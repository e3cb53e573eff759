package org.broadsheet.reply;

import jakarta.servlet.http.HttpServletRequest;
import org.broadsheet.article.Article;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The "Report" button under each approved reply (a POST with the page's form token).
 */
@Controller
class ReplyReportController {

	private final PublicArticles articles;

	private final ReplyGuard guard;

	private final ReplyReports reports;

	ReplyReportController(PublicArticles articles, ReplyGuard guard, ReplyReports reports) {
		this.articles = articles;
		this.guard = guard;
		this.reports = reports;
	}

	@PostMapping("/articles/{slug}/replies/{replyId}/report")
	ModelAndView reportReply(@PathVariable String slug, @PathVariable long replyId,
			@RequestParam(name = "token", required = false) String token, HttpServletRequest request) {
		Article article = this.articles.bySlug(slug);
		if (this.guard.refusal(slug, token, request).isPresent()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		try {
			if (!this.reports.report(article.getId(), replyId, this.guard.reporterHash(request, replyId))) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
		}
		catch (DataIntegrityViolationException | ConcurrencyFailureException ex) {
			// the same reader reporting twice at once, or a moderator acting meanwhile:
			// done
		}
		return ReplyController.seeOther(UriComponentsBuilder.fromPath("/articles/{slug}")
			.query("reported")
			.fragment("replies")
			.buildAndExpand(slug)
			.encode()
			.toUriString());
	}

}
