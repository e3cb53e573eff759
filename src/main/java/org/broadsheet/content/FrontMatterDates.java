package org.broadsheet.content;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Front-matter dates: {@code 2025-01-31} (midnight in the newsroom's zone),
 * {@code 2025-01-31T09:30:00+09:00} or {@code ...Z}, or a local date-time in the
 * newsroom's zone. A space may replace the {@code T}.
 */
final class FrontMatterDates {

	private FrontMatterDates() {
	}

	static Instant parse(String value, ZoneId zone) {
		String v = value.strip();
		try {
			return LocalDate.parse(v).atStartOfDay(zone).toInstant();
		}
		catch (DateTimeException ex) {
			// not a bare date, try a date-time
		}
		String iso = v.replaceFirst("^(\\d{4}-\\d{2}-\\d{2})[ tT]+", "$1T").replaceFirst("\\s+(?=([+-]\\d|Z$))", "");
		try {
			return OffsetDateTime.parse(iso).toInstant();
		}
		catch (DateTimeException ex) {
			// no offset, try a local date-time
		}
		try {
			return LocalDateTime.parse(iso).atZone(zone).toInstant();
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

}
