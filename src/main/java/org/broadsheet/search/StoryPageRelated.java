package org.broadsheet.search;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.broadsheet.article.Article;
import org.broadsheet.article.StoryPageSection;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * "More from the desk" on the story page: {@code relatedStories} from
 * {@link RelatedStories}, shown by the {@code related} fragment of
 * {@code fragments/discovery.html}.
 */
@Component
class StoryPageRelated implements StoryPageSection {

	private final RelatedStories related;

	StoryPageRelated(RelatedStories related) {
		this.related = related;
	}

	@Override
	public void contribute(Article story, Model model, HttpServletRequest request, HttpServletResponse response) {
		model.addAttribute("relatedStories", this.related.of(story));
	}

}
