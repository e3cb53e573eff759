package org.broadsheet.article;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.modulith.NamedInterface;
import org.springframework.ui.Model;

/**
 * One part of the story page that another feature supplies: the replies under the story,
 * the Open Graph and JSON-LD head, the related stories. Each implementation is a bean of
 * its own feature; {@link StoryPage} asks all of them when it builds the page, so the
 * article feature never depends on the features that contribute.
 */
@NamedInterface("api")
public interface StoryPageSection {

	/**
	 * Adds this section's model attributes for the story, and any response headers the
	 * section decides (such as how the page may be cached).
	 * @param story the public story shown
	 * @param model the page's model
	 * @param request the reader's request
	 * @param response the response, before the page is rendered
	 */
	void contribute(Article story, Model model, HttpServletRequest request, HttpServletResponse response);

}
