package org.broadsheet.feed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.broadsheet.feed.SitemapWriter.Sitemap;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What search engines read: {@code /sitemap.xml} (every public story, desk, tag and
 * author page), {@code /news-sitemap.xml} (stories of the last 48 hours) and
 * {@code /robots.txt}.
 */
@Controller
class SitemapController {

	/** A sitemap holds at most 50,000 URLs; the rest go to desks, tags and authors. */
	static final int MAX_STORIES = 45_000;

	static final int MAX_NEWS = 1_000;

	static final Duration NEWS_WINDOW = Duration.ofHours(48);

	private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

	private final SyndicatedArticles articles;

	private final SitemapWriter writer;

	private final SiteLinks links;

	private final Clock clock;

	SitemapController(SyndicatedArticles articles, SitemapWriter writer, SiteLinks links, Clock clock) {
		this.articles = articles;
		this.writer = writer;
		this.links = links;
		this.clock = clock;
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<byte[]> showSitemap() {
		Instant now = this.clock.instant();
		List<SitemapEntry> stories = this.articles.findStoryEntries(now, PageRequest.of(0, MAX_STORIES));
		Instant newest = stories.stream()
			.map(SitemapEntry::lastModified)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
		Sitemap sitemap = new Sitemap(newest, stories, this.articles.findDeskEntries(now),
				this.articles.findTagEntries(now), this.articles.findAuthorEntries(now));
		return ResponseEntity.ok().contentType(XML).body(this.writer.sitemap(sitemap));
	}

	@GetMapping("/news-sitemap.xml")
	ResponseEntity<byte[]> showNewsSitemap() {
		Instant now = this.clock.instant();
		return ResponseEntity.ok()
			.contentType(XML)
			.body(this.writer
				.news(this.articles.findPublishedSince(now.minus(NEWS_WINDOW), now, PageRequest.of(0, MAX_NEWS))));
	}

	@GetMapping("/robots.txt")
	ResponseEntity<String> showRobots() {
		String robots = """
				User-agent: *
				Disallow: /admin
				Disallow: /moderation

				Sitemap: %s
				Sitemap: %s
				""".formatted(this.links.path("/sitemap.xml"), this.links.path("/news-sitemap.xml"));
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/plain;charset=UTF-8")).body(robots);
	}

}
