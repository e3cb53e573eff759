package org.broadsheet.content;

import java.time.Instant;
import java.util.List;

import org.broadsheet.article.Correction;

/**
 * What the admin sets on a story; each field has a front-matter key. Keys not listed here
 * ({@code updated}, {@code lang}, {@code image_caption}, unknown keys) are kept from the
 * file as they are.
 *
 * @param title the headline ({@code title})
 * @param slug the URL slug ({@code slug})
 * @param date the dateline or schedule ({@code date})
 * @param authors the byline ({@code authors})
 * @param section the desk name ({@code section}), or {@code null}
 * @param tags the keywords ({@code tags})
 * @param summary the standfirst ({@code summary}), or {@code null}
 * @param image the lead image URL ({@code image}), or {@code null}
 * @param imageAlt its alt text ({@code image_alt}), or {@code null}
 * @param commentsOpen whether readers may reply ({@code comments})
 * @param draft a draft ({@code draft})
 * @param review a draft waiting for review ({@code review})
 * @param lead pinned as the front page's lead ({@code lead})
 * @param corrections the correction notes, oldest first ({@code corrections})
 * @param body the Markdown body
 */
public record StoryFields(String title, String slug, Instant date, List<String> authors, String section,
		List<String> tags, String summary, String image, String imageAlt, boolean commentsOpen, boolean draft,
		boolean review, boolean lead, List<Correction> corrections, String body) {

	public StoryFields {
		authors = List.copyOf(authors);
		tags = List.copyOf(tags);
		corrections = List.copyOf(corrections);
	}

}
