package org.broadsheet.content;

import java.time.Instant;
import java.util.List;

import org.broadsheet.article.Author;
import org.broadsheet.article.Correction;
import org.broadsheet.article.Desk;
import org.broadsheet.article.StoryImage;
import org.broadsheet.article.Tag;

/**
 * The checked front matter of one story file.
 *
 * @param title the headline
 * @param publishedAt the dateline ({@code date})
 * @param updatedAt when the story was last updated ({@code updated} or the day of its
 * latest correction, whichever is later), or {@code null}
 * @param slug the URL slug ({@code slug}, default the file name)
 * @param slugLine the line of the {@code slug} key, 0 when defaulted
 * @param authors the byline, in order
 * @param desk the section, or {@code null}
 * @param tags the keywords, in order, without repeats
 * @param summary the standfirst, or {@code null}
 * @param image the lead image, or {@code null}
 * @param lang the BCP 47 language tag
 * @param draft whether the story is a draft
 * @param commentsOpen whether readers may reply
 * @param lead whether the story is the lead on the front page
 * @param review whether the draft waits for an editor's review
 * @param corrections the correction notes, in the order written
 */
record FrontMatter(String title, Instant publishedAt, Instant updatedAt, String slug, int slugLine,
		List<Author> authors, Desk desk, List<Tag> tags, String summary, StoryImage image, String lang, boolean draft,
		boolean commentsOpen, boolean lead, boolean review, List<Correction> corrections) {

}
