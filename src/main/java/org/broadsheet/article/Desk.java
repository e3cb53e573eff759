package org.broadsheet.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.springframework.modulith.NamedInterface;

/**
 * The desk (section) a story belongs to, e.g. World or Technology.
 */
@NamedInterface("api")
@Embeddable
public record Desk(@Column(name = "desk_name") String name, @Column(name = "desk_slug") String slug) {

	public static Desk named(String name) {
		return new Desk(name, Slugs.of(name));
	}

}
