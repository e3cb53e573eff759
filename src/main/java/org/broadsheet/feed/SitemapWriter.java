package org.broadsheet.feed;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import org.broadsheet.article.Article;
import org.broadsheet.web.SiteProperties;

import org.springframework.stereotype.Component;

/**
 * Writes the XML sitemap (sitemaps.org 0.9) and the Google News sitemap.
 */
@Component
class SitemapWriter {

	static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

	static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

	private final SiteLinks links;

	private final SiteProperties site;

	SitemapWriter(SiteLinks links, SiteProperties site) {
		this.links = links;
		this.site = site;
	}

	byte[] sitemap(Sitemap sitemap) {
		XmlDocument xml = new XmlDocument().start("urlset").namespace("", SITEMAP_NS);
		url(xml, this.links.home(), sitemap.newest());
		urls(xml, sitemap.stories(), this.links::article);
		urls(xml, sitemap.desks(), this.links::desk);
		urls(xml, sitemap.tags(), this.links::tag);
		urls(xml, sitemap.authors(), this.links::author);
		return xml.end().finish();
	}

	byte[] news(List<Article> stories) {
		XmlDocument xml = new XmlDocument().start("urlset").namespace("", SITEMAP_NS).namespace("news", NEWS_NS);
		for (Article story : stories) {
			xml.start("url").element("loc", this.links.article(story.getSlug()));
			xml.start("news:news")
				.start("news:publication")
				.element("news:name", this.site.name())
				.element("news:language", newsLanguage(story.getLang()))
				.end()
				.element("news:publication_date", AtomWriter.date(story.getPublishedAt()))
				.element("news:title", story.getTitle())
				.end()
				.end();
		}
		return xml.end().finish();
	}

	private void urls(XmlDocument xml, List<SitemapEntry> entries, Function<String, String> link) {
		for (SitemapEntry entry : entries) {
			if (entry.slug() != null && !entry.slug().isEmpty()) {
				url(xml, link.apply(entry.slug()), entry.lastModified());
			}
		}
	}

	private static void url(XmlDocument xml, String loc, Instant lastModified) {
		xml.start("url").element("loc", loc);
		if (lastModified != null) {
			xml.element("lastmod", AtomWriter.date(lastModified));
		}
		xml.end();
	}

	/**
	 * Google News wants ISO 639 codes, with {@code zh-cn}/{@code zh-tw} as the only
	 * regional forms.
	 */
	static String newsLanguage(String lang) {
		if (lang == null || lang.isBlank()) {
			return "en";
		}
		String lower = lang.strip().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		if (lower.startsWith("zh")) {
			return (lower.contains("tw") || lower.contains("hant") || lower.contains("hk")) ? "zh-tw" : "zh-cn";
		}
		int dash = lower.indexOf('-');
		return (dash > 0) ? lower.substring(0, dash) : lower;
	}

	/**
	 * Everything the sitemap lists.
	 *
	 * @param newest when the newest story changed (the front page's lastmod)
	 * @param stories public stories
	 * @param desks desks with public stories
	 * @param tags tags with public stories
	 * @param authors authors with public stories
	 */
	record Sitemap(Instant newest, List<SitemapEntry> stories, List<SitemapEntry> desks, List<SitemapEntry> tags,
			List<SitemapEntry> authors) {

	}

}
