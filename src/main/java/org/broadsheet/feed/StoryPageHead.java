package org.broadsheet.feed;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.broadsheet.article.Article;
import org.broadsheet.article.StoryPageSection;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The story page's head for search engines and social networks: {@code storyHead}
 * ({@link StoryMetadata.StoryHead}: Open Graph, Twitter card, JSON-LD), shown by the
 * {@code story-head} fragment of {@code fragments/discovery.html}.
 */
@Component
class StoryPageHead implements StoryPageSection {

	private final StoryMetadata metadata;

	StoryPageHead(StoryMetadata metadata) {
		this.metadata = metadata;
	}

	@Override
	public void contribute(Article story, Model model, HttpServletRequest request, HttpServletResponse response) {
		model.addAttribute("storyHead", this.metadata.of(story));
	}

}
