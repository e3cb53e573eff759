package org.broadsheet.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.springframework.modulith.NamedInterface;

/**
 * A section heading of a story, in document order, with the id its anchor points at.
 */
@NamedInterface("api")
@Embeddable
public record Heading(@Column(name = "heading_level") int level, @Column(name = "heading_text") String text,
		@Column(name = "anchor") String anchor) {

}
