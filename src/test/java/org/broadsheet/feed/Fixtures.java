package org.broadsheet.feed;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.broadsheet.article.Article;
import org.broadsheet.article.ArticleRepository;
import org.broadsheet.article.ArticlesChanged;
import org.broadsheet.search.StoryFixtures;

import org.springframework.context.ApplicationEventPublisher;

/**
 * Saves stories and announces them, as the content loader does.
 */
public record Fixtures(ArticleRepository articles, ApplicationEventPublisher events) {

	public List<Article> save(StoryFixtures... stories) {
		List<Article> saved = this.articles.saveAll(Arrays.stream(stories).map(StoryFixtures::build).toList());
		changed(saved);
		return saved;
	}

	public Article update(Article article) {
		Article saved = this.articles.save(article);
		changed(List.of(saved));
		return saved;
	}

	public void changed(List<Article> changed) {
		Set<Long> ids = changed.stream().map(Article::getId).collect(Collectors.toSet());
		this.events.publishEvent(new ArticlesChanged(ids));
	}

}
