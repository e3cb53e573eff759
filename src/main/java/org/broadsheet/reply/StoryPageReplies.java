package org.broadsheet.reply;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.broadsheet.article.Article;
import org.broadsheet.article.StoryPageSection;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The replies under a story: the story page's {@link ReplySection} as {@code replies},
 * and the page's cache headers, which depend on whether the section is personal.
 */
@Component
class StoryPageReplies implements StoryPageSection {

	private final ReplySections sections;

	StoryPageReplies(ReplySections sections) {
		this.sections = sections;
	}

	@Override
	public void contribute(Article story, Model model, HttpServletRequest request, HttpServletResponse response) {
		ReplySection section = this.sections.forArticle(story, request);
		model.addAttribute("replies", section);
		ReplyCacheHeaders.apply(section, request, response);
	}

}
