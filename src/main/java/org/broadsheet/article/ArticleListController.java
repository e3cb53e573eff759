package org.broadsheet.article;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriUtils;

/**
 * Lists of public stories, newest first: a desk, a tag, an author. A slug in another
 * spelling of a list that exists (upper case, decomposed Unicode, underscores) is sent on
 * to the canonical address ({@link CanonicalRedirect}). The stories listed go through
 * {@link StoryListPage} for what other features show with them.
 */
@Controller
class ArticleListController {

	private final ArticleRepository articles;

	private final Clock clock;

	private final StoryListPage listPage;

	ArticleListController(ArticleRepository articles, Clock clock, StoryListPage listPage) {
		this.articles = articles;
		this.clock = clock;
		this.listPage = listPage;
	}

	@GetMapping({ "/sections/{desk}", "/sections/{desk}/" })
	ModelAndView showDesk(@PathVariable String desk, @RequestParam(defaultValue = "1") int page, Model model,
			HttpServletRequest request) {
		return show(Kind.DESK, desk, page, model, request);
	}

	@GetMapping({ "/tags/{tag}", "/tags/{tag}/" })
	ModelAndView showTag(@PathVariable String tag, @RequestParam(defaultValue = "1") int page, Model model,
			HttpServletRequest request) {
		return show(Kind.TAG, tag, page, model, request);
	}

	@GetMapping({ "/authors/{author}", "/authors/{author}/" })
	ModelAndView showAuthor(@PathVariable String author, @RequestParam(defaultValue = "1") int page, Model model,
			HttpServletRequest request) {
		return show(Kind.AUTHOR, author, page, model, request);
	}

	private ModelAndView show(Kind kind, String slug, int page, Model model, HttpServletRequest request) {
		Instant now = this.clock.instant();
		Page<Article> stories = stories(kind, slug, ListPages.of(page), now);
		if (stories.isEmpty() || CanonicalRedirect.hasTrailingSlash(request)) {
			String canonical = !stories.isEmpty() ? slug : listedSpelling(kind, slug, now)
				.orElseThrow(() -> new ArticleNotFoundException(kind.label + " " + slug + " page " + page));
			return CanonicalRedirect.to(kind.prefix, canonical, request);
		}
		model.addAttribute("kind", kind.label);
		model.addAttribute("name", name(kind, slug, stories, now));
		model.addAttribute("page", stories);
		model.addAttribute("listPath", kind.prefix + UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8));
		this.listPage.assemble(stories.getContent(), model);
		return new ModelAndView("articles/list", model.asMap());
	}

	/** The canonical spelling of the slug, if it is another one and lists stories. */
	private Optional<String> listedSpelling(Kind kind, String slug, Instant now) {
		return CanonicalRedirect.otherSpelling(slug)
			.filter((canonical) -> !stories(kind, canonical, ListPages.of(1), now).isEmpty());
	}

	private Page<Article> stories(Kind kind, String slug, Pageable page, Instant now) {
		return switch (kind) {
			case DESK -> this.articles.findPublicByDesk(slug, now, page);
			case TAG -> this.articles.findPublicByTag(slug, now, page);
			case AUTHOR -> this.articles.findPublicByAuthor(slug, now, page);
		};
	}

	/** The name as written on the newest story listed. */
	private String name(Kind kind, String slug, Page<Article> stories, Instant now) {
		return switch (kind) {
			case DESK -> stories.getContent().get(0).getDesk().name();
			case TAG -> this.articles.findPublicTagNames(slug, now, Limit.of(1)).stream().findFirst().orElse(slug);
			case AUTHOR ->
				this.articles.findPublicAuthorNames(slug, now, Limit.of(1)).stream().findFirst().orElse(slug);
		};
	}

	private enum Kind {

		DESK("section", "/sections/"), TAG("tag", "/tags/"), AUTHOR("author", "/authors/");

		private final String label;

		private final String prefix;

		Kind(String label, String prefix) {
			this.label = label;
			this.prefix = prefix;
		}

	}

}
