package org.broadsheet.article;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.servlet.ModelAndView;

/**
 * Builds the story page ({@code articles/show}): the story as {@code article}, then every
 * {@link StoryPageSection} other features provide, in their {@code @Order}. This is the
 * one place the story page's model is put together; the layout's own attributes (site,
 * dates, desk navigation, canonical and feed links) come with every page from
 * {@link LayoutAttributes} and the feed feature's page links.
 */
@Component
class StoryPage {

	static final String VIEW = "articles/show";

	private final List<StoryPageSection> sections;

	StoryPage(List<StoryPageSection> sections) {
		this.sections = List.copyOf(sections);
	}

	/** The story page of a public story, with every section's part in it. */
	ModelAndView assemble(Article story, HttpServletRequest request, HttpServletResponse response) {
		ExtendedModelMap model = new ExtendedModelMap();
		model.addAttribute("article", story);
		for (StoryPageSection section : this.sections) {
			section.contribute(story, model, request, response);
		}
		return new ModelAndView(VIEW, model);
	}

}
