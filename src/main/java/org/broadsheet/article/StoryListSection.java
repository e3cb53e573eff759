package org.broadsheet.article;

import java.util.Collection;

import org.springframework.modulith.NamedInterface;
import org.springframework.ui.Model;

/**
 * One part of a page listing stories (front page, desk, tag, author) that another feature
 * supplies, such as each story's reply count. The list controllers pass the stories they
 * show through {@link StoryListPage}.
 */
@NamedInterface("api")
public interface StoryListSection {

	/**
	 * Adds this section's model attributes for the stories listed.
	 * @param listed every story the page shows (possibly none)
	 * @param model the page's model
	 */
	void contribute(Collection<Article> listed, Model model);

}
