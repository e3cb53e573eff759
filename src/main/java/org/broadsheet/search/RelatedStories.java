package org.broadsheet.search;

import java.time.Clock;
import java.util.List;

import org.broadsheet.article.Article;
import org.broadsheet.article.Tag;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * "More from the desk" under a story: the newest public stories that share its desk or
 * one of its tags, never the story itself, in one query.
 */
@Component
public class RelatedStories {

	static final int COUNT = 4;

	private final RelatedArticles articles;

	private final Clock clock;

	RelatedStories(RelatedArticles articles, Clock clock) {
		this.articles = articles;
		this.clock = clock;
	}

	public List<Article> of(Article story) {
		if (story == null || story.getId() == null) {
			return List.of();
		}
		String desk = (story.getDesk() != null && story.getDesk().slug() != null) ? story.getDesk().slug() : "";
		List<String> tags = story.getTags().stream().map(Tag::slug).toList();
		return this.articles.findRelated(story.getId(), desk, tags.isEmpty() ? List.of("") : tags, this.clock.instant(),
				PageRequest.of(0, COUNT));
	}

}
