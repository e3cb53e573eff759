package org.broadsheet.article;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriUtils;

/**
 * The story page. Drafts, scheduled and removed stories do not exist for readers; an old
 * slug, another spelling of the slug or the address with a trailing slash is sent on to
 * the story's current address. {@link StoryPage} builds the page with the parts other
 * features contribute.
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

	@GetMapping({ "/articles/{slug}", "/articles/{slug}/" })
	ModelAndView showArticle(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response) {
		Instant now = this.clock.instant();
		Optional<Article> story = this.articles.findPublicBySlug(slug, now);
		if (story.isPresent() && !CanonicalRedirect.hasTrailingSlash(request)) {
			return this.storyPage.assemble(story.get(), request, response);
		}
		Article current = story.or(() -> movedStory(slug, now))
			.orElseThrow(() -> new ArticleNotFoundException("article " + slug));
		return CanonicalRedirect.to("/articles/", current.getSlug(), request);
	}

	/** The story this slug names in another spelling, or named before it moved. */
	private Optional<Article> movedStory(String slug, Instant now) {
		Optional<String> canonical = CanonicalRedirect.otherSpelling(slug);
		return canonical.flatMap(this.articles::findBySlug)
			.filter((article) -> article.isPublicAt(now))
			.or(() -> formerHolder(slug, now))
			.or(() -> canonical.flatMap((spelling) -> formerHolder(spelling, now)));
	}

	private Optional<Article> formerHolder(String oldSlug, Instant now) {
		return this.redirects.findById(oldSlug)
			.flatMap((redirect) -> this.articles.findById(redirect.getArticleId()))
			.filter((article) -> article.isPublicAt(now));
	}

	static String articlePath(String slug) {
		return "/articles/" + UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8);
	}

}
