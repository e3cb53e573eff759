package org.broadsheet.search;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.broadsheet.article.Article;
import org.broadsheet.article.Author;
import org.broadsheet.article.Desk;
import org.broadsheet.article.Tag;

/**
 * Small builder for stories saved straight through the repository.
 */
public final class StoryFixtures {

	private final Article article;

	private StoryFixtures(String slug) {
		this.article = new Article(slug);
		this.article.setTitle(slug);
		this.article.setLang("en");
		this.article.setMarkdown("");
		this.article.setHtml("");
		this.article.setPublishedAt(Instant.parse("2026-01-01T00:00:00Z"));
	}

	public static StoryFixtures story(String slug) {
		return new StoryFixtures(slug);
	}

	public StoryFixtures title(String title) {
		this.article.setTitle(title);
		return this;
	}

	public StoryFixtures summary(String summary) {
		this.article.setSummary(summary);
		return this;
	}

	public StoryFixtures html(String html) {
		this.article.setHtml(html);
		this.article.setMarkdown(html);
		this.article.setWordCount(html.split("\\s+").length);
		return this;
	}

	public StoryFixtures published(String instant) {
		this.article.setPublishedAt(Instant.parse(instant));
		return this;
	}

	public StoryFixtures updated(String instant) {
		this.article.setUpdatedAt(Instant.parse(instant));
		return this;
	}

	public StoryFixtures desk(String name) {
		this.article.setDesk(Desk.named(name));
		return this;
	}

	public StoryFixtures tags(String... names) {
		this.article.setTags(Arrays.stream(names).map(Tag::named).toList());
		return this;
	}

	public StoryFixtures authors(String... names) {
		this.article.setAuthors(Arrays.stream(names).map(Author::named).toList());
		return this;
	}

	public StoryFixtures lang(String lang) {
		this.article.setLang(lang);
		return this;
	}

	public StoryFixtures draft() {
		this.article.setDraft(true);
		return this;
	}

	public StoryFixtures removed() {
		this.article.setRemoved(true);
		return this;
	}

	public Article build() {
		return this.article;
	}

	public static List<Article> all(StoryFixtures... stories) {
		return Arrays.stream(stories).map(StoryFixtures::build).toList();
	}

}
