package org.broadsheet.article;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.springframework.modulith.NamedInterface;

/**
 * A correction note on a published story, shown at its end with its date: plain text,
 * always escaped.
 *
 * @param date the day of the correction, in the newsroom's zone
 * @param text what was wrong and what is right, one paragraph of plain text
 */
@NamedInterface("api")
@Embeddable
public record Correction(@Column(name = "correction_date") LocalDate date,
		@Column(name = "correction_text") String text) {

	/** The longest correction text, in characters. */
	public static final int MAX_TEXT = 2000;

	/**
	 * The text as stored: surrounding space removed, every run of white space one space.
	 */
	public static String normalize(String text) {
		return (text != null) ? text.strip().replaceAll("\\s+", " ") : "";
	}

}
