package org.broadsheet.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The lead image of a story with its alt text, caption and credit.
 */
@Embeddable
public record StoryImage(@Column(name = "image_url") String url, @Column(name = "image_alt") String alt,
		@Column(name = "image_caption") String caption, @Column(name = "image_credit") String credit) {

}
