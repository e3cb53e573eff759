package org.broadsheet.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Test stories with sensible defaults: public, English, one paragraph.
 */
final class ArticleBuilder {

	static final Instant NOW = Instant.parse("2100-01-01T00:00:00Z");

	private final Article article;

	private final List<Heading> headings = new ArrayList<>();

	private final StringBuilder html = new StringBuilder("<p>Body of the story.</p>");

	private ArticleBuilder(String slug) {
		this.article = new Article(slug);
		this.article.setTitle("Story " + slug);
		this.article.setLang("en");
		this.article.setMarkdown("Body of the story.");
		this.article.setPublishedAt(NOW.minusSeconds(86_400));
		this.article.setWordCount(450);
	}

	static ArticleBuilder story(String slug) {
		return new ArticleBuilder(slug);
	}

	ArticleBuilder title(String title) {
		this.article.setTitle(title);
		return this;
	}

	ArticleBuilder summary(String summary) {
		this.article.setSummary(summary);
		return this;
	}

	ArticleBuilder desk(String name) {
		this.article.setDesk(Desk.named(name));
		return this;
	}

	ArticleBuilder tags(String... names) {
		this.article.setTags(List.of(names).stream().map(Tag::named).toList());
		return this;
	}

	ArticleBuilder authors(String... names) {
		this.article.setAuthors(List.of(names).stream().map(Author::named).toList());
		return this;
	}

	ArticleBuilder lang(String lang) {
		this.article.setLang(lang);
		return this;
	}

	ArticleBuilder publishedAt(Instant publishedAt) {
		this.article.setPublishedAt(publishedAt);
		return this;
	}

	ArticleBuilder publishedAt(String instant) {
		return publishedAt(Instant.parse(instant));
	}

	ArticleBuilder updatedAt(String instant) {
		this.article.setUpdatedAt(Instant.parse(instant));
		return this;
	}

	/** Embargoed until a day after the test clock's now. */
	ArticleBuilder scheduled() {
		return publishedAt(NOW.plusSeconds(86_400));
	}

	ArticleBuilder draft() {
		this.article.setDraft(true);
		return this;
	}

	ArticleBuilder removed() {
		this.article.setRemoved(true);
		return this;
	}

	ArticleBuilder lead() {
		this.article.setLead(true);
		return this;
	}

	ArticleBuilder words(int words) {
		this.article.setWordCount(words);
		return this;
	}

	ArticleBuilder image(String url, String alt, String caption, String credit) {
		this.article.setImage(new StoryImage(url, alt, caption, credit));
		return this;
	}

	/**
	 * A section heading, in the body as the renderer writes it and in the heading list.
	 */
	ArticleBuilder section(int level, String text, String anchor) {
		this.headings.add(new Heading(level, text, anchor));
		this.html.append("<h").append(level).append(" id=\"").append(anchor).append("\">").append(text);
		this.html.append(" <a class=\"permalink\" href=\"#").append(anchor).append("\" aria-hidden=\"true\">#</a>");
		this.html.append("</h").append(level).append("><p>Section text.</p>");
		return this;
	}

	Article build() {
		this.article.setHeadings(this.headings);
		this.article.setHtml(this.html.toString());
		return this.article;
	}

}
