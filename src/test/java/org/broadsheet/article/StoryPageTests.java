package org.broadsheet.article;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.servlet.ModelAndView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.article.ArticleBuilder.story;

/**
 * The story page's model is the story plus what each section adds, in the sections'
 * order; list pages hand every section exactly the stories they show.
 */
class StoryPageTests {

	@Test
	void theStoryPageIsTheStoryAndEverySectionsPart() {
		List<String> asked = new ArrayList<>();
		StoryPageSection replies = (story, model, request, response) -> {
			asked.add("replies");
			model.addAttribute("replies", "the thread of " + story.getSlug());
			response.setHeader("Cache-Control", "private, no-store");
		};
		StoryPageSection related = (story, model, request, response) -> {
			asked.add("related");
			model.addAttribute("relatedStories", List.of());
		};
		MockHttpServletResponse response = new MockHttpServletResponse();
		Article story = story("sectioned").build();
		ModelAndView page = new StoryPage(List.of(replies, related)).assemble(story, new MockHttpServletRequest(),
				response);
		assertThat(page.getViewName()).isEqualTo("articles/show");
		assertThat(page.getModel()).containsEntry("article", story)
			.containsEntry("replies", "the thread of sectioned")
			.containsEntry("relatedStories", List.of());
		assertThat(asked).containsExactly("replies", "related");
		assertThat(response.getHeader("Cache-Control")).isEqualTo("private, no-store");
	}

	@Test
	void withoutSectionsTheStoryPageIsTheStoryAlone() {
		Article story = story("alone").build();
		ModelAndView page = new StoryPage(List.of()).assemble(story, new MockHttpServletRequest(),
				new MockHttpServletResponse());
		assertThat(page.getModel()).containsOnlyKeys("article");
	}

	@Test
	void listSectionsGetTheListedStories() {
		List<Article> seen = new ArrayList<>();
		StoryListSection counts = (listed, model) -> {
			seen.addAll(listed);
			model.addAttribute("replyCounts", listed.size());
		};
		List<Article> listed = List.of(story("first").build(), story("second").build());
		ExtendedModelMap model = new ExtendedModelMap();
		new StoryListPage(List.of(counts)).assemble(listed, model);
		assertThat(seen).isEqualTo(listed);
		assertThat(model).containsEntry("replyCounts", 2);
	}

}
