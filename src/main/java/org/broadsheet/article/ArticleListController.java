package org.broadsheet.article;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriUtils;

/**
 * Lists of public stories, newest first: a desk, a tag, an author. A slug that is not in
 * its canonical form (upper case, decomposed Unicode) is sent on to the canonical one.
 * The stories listed go through {@link StoryListPage} for what other features show with
 * them.
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

	@GetMapping("/sections/{desk}")
	ModelAndView showDesk(@PathVariable String desk, @RequestParam(defaultValue = "1") int page, Model model) {
		String path = "/sections/" + UriUtils.encodePathSegment(canonical(desk), StandardCharsets.UTF_8);
		if (!canonical(desk).equals(desk)) {
			return redirect(path);
		}
		Page<Article> stories = ListPages
			.existing(this.articles.findPublicByDesk(desk, this.clock.instant(), ListPages.of(page)), "desk " + desk);
		return list(model, "section", stories.getContent().get(0).getDesk().name(), stories, path);
	}

	@GetMapping("/tags/{tag}")
	ModelAndView showTag(@PathVariable String tag, @RequestParam(defaultValue = "1") int page, Model model) {
		String path = "/tags/" + UriUtils.encodePathSegment(canonical(tag), StandardCharsets.UTF_8);
		if (!canonical(tag).equals(tag)) {
			return redirect(path);
		}
		Instant now = this.clock.instant();
		Page<Article> stories = ListPages.existing(this.articles.findPublicByTag(tag, now, ListPages.of(page)),
				"tag " + tag);
		String name = this.articles.findPublicTagNames(tag, now, Limit.of(1)).stream().findFirst().orElse(tag);
		return list(model, "tag", name, stories, path);
	}

	@GetMapping("/authors/{author}")
	ModelAndView showAuthor(@PathVariable String author, @RequestParam(defaultValue = "1") int page, Model model) {
		String path = "/authors/" + UriUtils.encodePathSegment(canonical(author), StandardCharsets.UTF_8);
		if (!canonical(author).equals(author)) {
			return redirect(path);
		}
		Instant now = this.clock.instant();
		Page<Article> stories = ListPages.existing(this.articles.findPublicByAuthor(author, now, ListPages.of(page)),
				"author " + author);
		String name = this.articles.findPublicAuthorNames(author, now, Limit.of(1)).stream().findFirst().orElse(author);
		return list(model, "author", name, stories, path);
	}

	private ModelAndView list(Model model, String kind, String name, Page<Article> stories, String path) {
		model.addAttribute("kind", kind);
		model.addAttribute("name", name);
		model.addAttribute("page", stories);
		model.addAttribute("listPath", path);
		this.listPage.assemble(stories.getContent(), model);
		return new ModelAndView("articles/list", model.asMap());
	}

	private static String canonical(String slug) {
		return Normalizer.normalize(slug, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
	}

	private static ModelAndView redirect(String path) {
		RedirectView view = new RedirectView(path, true);
		view.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		view.setExposeModelAttributes(false);
		return new ModelAndView(view);
	}

}
