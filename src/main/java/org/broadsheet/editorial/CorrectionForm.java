package org.broadsheet.editorial;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.broadsheet.article.Correction;
import org.hibernate.validator.constraints.CodePointLength;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A correction an editor adds to a published story: plain text and its day.
 * {@code version} is the story version the editor saw.
 */
record CorrectionForm(Long version, @NotBlank @CodePointLength(max = Correction.MAX_TEXT) String text,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {

	static CorrectionForm on(LocalDate today) {
		return new CorrectionForm(null, "", today);
	}

	Correction correction() {
		return new Correction(this.date, Correction.normalize(this.text));
	}

}
