package org.broadsheet.feed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.broadsheet.article.Article;
import org.broadsheet.article.Author;
import org.broadsheet.article.Correction;
import org.broadsheet.article.Tag;
import org.broadsheet.web.SiteProperties;

import org.springframework.stereotype.Component;

/**
 * What search engines and social networks read from a story page: Open Graph and Twitter
 * card values and JSON-LD ({@code NewsArticle} and {@code BreadcrumbList}), built as data
 * and serialized by {@link JsonLd}. Used by the story page's head fragment as
 * {@code @storyMetadata.of(article)}; the story must have its bylines and tags loaded.
 */
@Component
public class StoryMetadata {

	private final SiteLinks links;

	private final SiteProperties site;

	StoryMetadata(SiteLinks links, SiteProperties site) {
		this.links = links;
		this.site = site;
	}

	public StoryHead of(Article story) {
		String url = this.links.article(story.getSlug());
		String image = (story.getImage() != null) ? this.links.resolve(story.getImage().url(), url) : null;
		String imageAlt = (image != null) ? story.getImage().alt() : null;
		String lang = (story.getLang() != null && !story.getLang().isBlank()) ? story.getLang() : this.site.language();
		return new StoryHead(url, story.getTitle(), description(story), image, imageAlt, lang.replace('-', '_'),
				this.site.name(), AtomWriter.date(story.getPublishedAt()), AtomWriter.date(Feed.lastModified(story)),
				(story.getDesk() != null) ? story.getDesk().name() : null,
				story.getTags().stream().map(Tag::name).toList(),
				story.getAuthors().stream().map((author) -> this.links.author(author.slug())).toList(),
				JsonLd.write(List.of(newsArticle(story, url, image, lang), breadcrumbs(story, url))));
	}

	private Map<String, Object> newsArticle(Article story, String url, String image, String lang) {
		Map<String, Object> article = node("NewsArticle");
		article.put("headline", story.getTitle());
		article.put("description", description(story));
		article.put("url", url);
		article.put("mainEntityOfPage", Map.of("@type", "WebPage", "@id", url));
		article.put("datePublished", AtomWriter.date(story.getPublishedAt()));
		article.put("dateModified", AtomWriter.date(Feed.lastModified(story)));
		List<Map<String, Object>> authors = new ArrayList<>();
		for (Author author : story.getAuthors()) {
			Map<String, Object> person = new LinkedHashMap<>();
			person.put("@type", "Person");
			person.put("name", author.name());
			person.put("url", this.links.author(author.slug()));
			authors.add(person);
		}
		article.put("author", authors);
		if (image != null) {
			article.put("image", List.of(image));
		}
		article.put("publisher", Map.of("@type", "Organization", "name", this.site.name(), "url", this.links.home()));
		if (story.getDesk() != null && story.getDesk().name() != null) {
			article.put("articleSection", story.getDesk().name());
		}
		article.put("keywords", story.getTags().stream().map(Tag::name).toList());
		article.put("inLanguage", lang);
		article.put("wordCount", story.getWordCount());
		if (!story.getCorrections().isEmpty()) {
			article.put("correction", story.getCorrections().stream().map(StoryMetadata::correction).toList());
		}
		return article;
	}

	private Map<String, Object> breadcrumbs(Article story, String url) {
		List<Map<String, Object>> items = new ArrayList<>();
		items.add(crumb(1, this.site.name(), this.links.home()));
		if (story.getDesk() != null && story.getDesk().slug() != null && !story.getDesk().slug().isEmpty()) {
			items.add(crumb(2, story.getDesk().name(), this.links.desk(story.getDesk().slug())));
		}
		items.add(crumb(items.size() + 1, story.getTitle(), url));
		Map<String, Object> list = node("BreadcrumbList");
		list.put("itemListElement", items);
		return list;
	}

	private static Map<String, Object> correction(Correction correction) {
		Map<String, Object> comment = new LinkedHashMap<>();
		comment.put("@type", "CorrectionComment");
		comment.put("text", correction.text());
		comment.put("datePublished", correction.date().toString());
		return comment;
	}

	private static Map<String, Object> crumb(int position, String name, String item) {
		Map<String, Object> crumb = new LinkedHashMap<>();
		crumb.put("@type", "ListItem");
		crumb.put("position", position);
		crumb.put("name", name);
		crumb.put("item", item);
		return crumb;
	}

	private static Map<String, Object> node(String type) {
		Map<String, Object> node = new LinkedHashMap<>();
		node.put("@context", "https://schema.org");
		node.put("@type", type);
		return node;
	}

	private static String description(Article story) {
		return (story.getSummary() != null && !story.getSummary().isBlank()) ? story.getSummary() : story.getTitle();
	}

	/**
	 * The values a story page puts in its head.
	 *
	 * @param url canonical URL
	 * @param title headline
	 * @param description standfirst (or headline)
	 * @param image absolute lead image URL, or {@code null}
	 * @param imageAlt its alt text
	 * @param locale Open Graph locale, e.g. {@code ko} or {@code en_GB}
	 * @param siteName the publication
	 * @param publishedTime RFC 3339
	 * @param modifiedTime RFC 3339
	 * @param section desk name, or {@code null}
	 * @param tags tag names
	 * @param authorUrls author page URLs
	 * @param jsonLd the JSON-LD, safe to place inside a script element as it is
	 */
	public record StoryHead(String url, String title, String description, String image, String imageAlt, String locale,
			String siteName, String publishedTime, String modifiedTime, String section, List<String> tags,
			List<String> authorUrls, String jsonLd) {

		public String twitterCard() {
			return (this.image != null) ? "summary_large_image" : "summary";
		}

	}

}
