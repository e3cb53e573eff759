package org.broadsheet.article;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriUtils;

/**
 * The story page. Drafts, scheduled and removed stories do not exist for readers; an old
 * slug is sent on to the story's current address. {@link StoryPage} builds the page with
 * the parts other features contribute.
 */
@Controller
class ArticleController {

	private final ArticleRepository articles;

	private final SlugRedirectRepository redirects;

	private final Clock clock;

	private final StoryPage storyPage;

	ArticleController(ArticleRepository articles, SlugRedirectRepository redirects, Clock clock, StoryPage storyPage) {
		this.articles = articles;
		this.redirects = redirects;
		this.clock = clock;
		this.storyPage = storyPage;
	}

	@GetMapping("/articles/{slug}")
	ModelAndView showArticle(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response) {
		return this.articles.findPublicBySlug(slug, this.clock.instant())
			.map((article) -> this.storyPage.assemble(article, request, response))
			.orElseGet(() -> redirectFromOldSlug(slug));
	}

	private ModelAndView redirectFromOldSlug(String slug) {
		Article moved = this.redirects.findById(slug)
			.flatMap((redirect) -> this.articles.findById(redirect.getArticleId()))
			.filter((article) -> article.isPublicAt(this.clock.instant()))
			.orElseThrow(() -> new ArticleNotFoundException("article " + slug));
		RedirectView view = new RedirectView(articlePath(moved.getSlug()), true);
		view.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		view.setExposeModelAttributes(false);
		return new ModelAndView(view);
	}

	static String articlePath(String slug) {
		return "/articles/" + UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8);
	}

}
