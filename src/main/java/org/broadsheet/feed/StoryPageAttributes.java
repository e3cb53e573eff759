package org.broadsheet.feed;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.broadsheet.article.Article;
import org.broadsheet.search.RelatedStories;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Adds to the story page's model what discovery shows with it: {@code storyHead}
 * ({@link StoryMetadata.StoryHead}: Open Graph, Twitter, JSON-LD) and
 * {@code relatedStories}. Beans are optional, so web slice tests of the story page need
 * not provide them; the fragments render nothing without the attributes.
 */
class StoryPageAttributes implements HandlerInterceptor {

	static final String STORY_VIEW = "articles/show";

	private final ObjectProvider<StoryMetadata> metadata;

	private final ObjectProvider<RelatedStories> related;

	StoryPageAttributes(ObjectProvider<StoryMetadata> metadata, ObjectProvider<RelatedStories> related) {
		this.metadata = metadata;
		this.related = related;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (modelAndView == null || !STORY_VIEW.equals(modelAndView.getViewName())
				|| !(modelAndView.getModel().get("article") instanceof Article article)) {
			return;
		}
		this.metadata.ifAvailable((bean) -> modelAndView.addObject("storyHead", bean.of(article)));
		this.related.ifAvailable((bean) -> modelAndView.addObject("relatedStories", bean.of(article)));
	}

}
