package org.broadsheet.feed;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.broadsheet.article.Article;
import org.broadsheet.web.SiteProperties;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Picks the stories of each feed: the newest {@value #SIZE} public ones, of the whole
 * site, one desk or one tag. An unknown desk or tag (or one with no public story) has no
 * feed.
 */
@Service
@Transactional(readOnly = true)
class FeedStories {

	static final int SIZE = 20;

	private final SyndicatedArticles articles;

	private final SiteLinks links;

	private final SiteProperties site;

	private final Clock clock;

	FeedStories(SyndicatedArticles articles, SiteLinks links, SiteProperties site, Clock clock) {
		this.articles = articles;
		this.links = links;
		this.site = site;
		this.clock = clock;
	}

	Feed site() {
		List<Long> ids = this.articles.findPublicIds(now(), first());
		return new Feed(this.site.name(), this.links.home(), this.links.path("/rss.xml"), this.links.path("/atom.xml"),
				load(ids));
	}

	Optional<Feed> desk(String slug) {
		Instant now = now();
		return this.articles.findDeskNames(slug, now).stream().findFirst().map((name) -> {
			String page = this.links.desk(slug);
			return new Feed(this.site.name() + ": " + name, page, page + "/rss.xml", page + "/atom.xml",
					load(this.articles.findPublicIdsByDesk(slug, now, first())));
		});
	}

	Optional<Feed> tag(String slug) {
		Instant now = now();
		return this.articles.findTagNames(slug, now).stream().findFirst().map((name) -> {
			String page = this.links.tag(slug);
			return new Feed(this.site.name() + ": " + name, page, page + "/rss.xml", page + "/atom.xml",
					load(this.articles.findPublicIdsByTag(slug, now, first())));
		});
	}

	private List<Article> load(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, Article> byId = this.articles.findWithBylinesByIdIn(ids)
			.stream()
			.collect(Collectors.toMap(Article::getId, Function.identity()));
		return ids.stream().map(byId::get).filter((article) -> article != null).toList();
	}

	private Instant now() {
		return this.clock.instant();
	}

	private static PageRequest first() {
		return PageRequest.of(0, SIZE);
	}

}
