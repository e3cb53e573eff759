package org.broadsheet.article;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Adds to a page listing stories what other features show with each story, through every
 * {@link StoryListSection}. The list controllers call it with exactly the stories they
 * put on the page.
 */
@Component
class StoryListPage {

	private final List<StoryListSection> sections;

	StoryListPage(List<StoryListSection> sections) {
		this.sections = List.copyOf(sections);
	}

	/** Adds every section's attributes for the stories listed. */
	void assemble(Collection<Article> listed, Model model) {
		for (StoryListSection section : this.sections) {
			section.contribute(listed, model);
		}
	}

}
