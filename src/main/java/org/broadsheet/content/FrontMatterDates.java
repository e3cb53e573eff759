package org.broadsheet.content;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.regex.Pattern;

/**
 * Front-matter dates: {@code 2025-01-31} (midnight in the newsroom's zone),
 * {@code 2025-01-31T09:30:00+09:00} or {@code ...Z}, or a local date-time in the
 * newsroom's zone. A space may replace the {@code T}.
 */
final class FrontMatterDates {

	private static final Pattern SEPARATOR = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})[ tT]+");

	private static final Pattern SPACE_BEFORE_OFFSET = Pattern.compile("\\s+(?=([+-]\\d|Z$))");

	private FrontMatterDates() {
	}

	static Instant parse(String value, ZoneId zone) {
		String v = value.strip();
		if (v.length() <= 10 || v.startsWith("+") || v.startsWith("-")) {
			try {
				return LocalDate.parse(v).atStartOfDay(zone).toInstant();
			}
			catch (DateTimeException ex) {
				// not a bare date, try a date-time
			}
		}
		String iso = SPACE_BEFORE_OFFSET.matcher(SEPARATOR.matcher(v).replaceFirst("$1T")).replaceFirst("");
		if (!hasOffset(iso)) {
			return local(iso, zone);
		}
		try {
			return OffsetDateTime.parse(iso).toInstant();
		}
		catch (DateTimeException ex) {
			// no offset, try a local date-time
		}
		return local(iso, zone);
	}

	private static Instant local(String iso, ZoneId zone) {
		try {
			return LocalDateTime.parse(iso).atZone(zone).toInstant();
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/** Whether a date-time ends in {@code Z} or a {@code +hh}/{@code -hh} offset. */
	private static boolean hasOffset(String iso) {
		int time = iso.indexOf('T');
		return time >= 0 && (iso.endsWith("Z") || iso.endsWith("z") || iso.indexOf('+', time) >= 0
				|| iso.indexOf('-', time) >= 0);
	}

}
