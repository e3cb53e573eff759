package org.broadsheet.reply;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.broadsheet.article.Article;
import org.broadsheet.article.StoryListSection;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Each listed story's number of approved replies on the pages listing stories, as
 * {@code replyCounts} (story id → count), from one grouped query. A page listing no story
 * gets no counts.
 */
@Component
class StoryListReplyCounts implements StoryListSection {

	private final ReplySections sections;

	StoryListReplyCounts(ReplySections sections) {
		this.sections = sections;
	}

	@Override
	public void contribute(Collection<Article> listed, Model model) {
		Set<Long> ids = listed.stream()
			.map(Article::getId)
			.filter(Objects::nonNull)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		if (!ids.isEmpty()) {
			model.addAttribute("replyCounts", this.sections.approvedCounts(ids));
		}
	}

}
