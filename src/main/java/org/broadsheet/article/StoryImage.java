package org.broadsheet.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.springframework.modulith.NamedInterface;

/**
 * The lead image of a story with its alt text, caption and credit.
 */
@NamedInterface("api")
@Embeddable
public record StoryImage(@Column(name = "image_url") String url, @Column(name = "image_alt") String alt,
		@Column(name = "image_caption") String caption, @Column(name = "image_credit") String credit) {

}
