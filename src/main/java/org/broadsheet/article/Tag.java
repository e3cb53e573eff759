package org.broadsheet.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.springframework.modulith.NamedInterface;

/**
 * A keyword of a story; its slug is the lower-case URL form of the name.
 */
@NamedInterface("api")
@Embeddable
public record Tag(@Column(name = "name") String name, @Column(name = "slug") String slug) {

	public static Tag named(String name) {
		return new Tag(name, Slugs.of(name));
	}

}
