package org.broadsheet.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.springframework.modulith.NamedInterface;

/**
 * A name on a story's byline.
 */
@NamedInterface("api")
@Embeddable
public record Author(@Column(name = "name") String name, @Column(name = "slug") String slug) {

	public static Author named(String name) {
		return new Author(name, Slugs.of(name));
	}

}
