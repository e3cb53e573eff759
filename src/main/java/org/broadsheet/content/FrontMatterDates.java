package org.broadsheet.content;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/**
 * Front-matter dates: {@code 2025-01-31} (midnight in the newsroom's zone),
 * {@code 2025-01-31T09:30:00+09:00} or {@code ...Z}, or a local date-time in the
 * newsroom's zone. A space may replace the {@code T}. Years run from 1 to 9999: a signed
 * year ({@code -2026-01-04}) or year 0 is not a date.
 */
final class FrontMatterDates {

	private static final Pattern SEPARATOR = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})[ tT]+");

	private static final Pattern SPACE_BEFORE_OFFSET = Pattern.compile("\\s+(?=([+-]\\d|Z$))");

	private FrontMatterDates() {
	}

	static Instant parse(String value, ZoneId zone) {
		String v = value.strip();
		if (v.startsWith("+") || v.startsWith("-") || v.startsWith("0000")) {
			return null; // a year before 1 or after 9999 is a typo, not a story's date
		}
		Instant exact = exactDateTime(v);
		if (exact != null) {
			return exact;
		}
		if (v.length() <= 10) {
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

	/**
	 * The instant of the usual {@code 2025-01-31T09:30:00Z} or
	 * {@code 2025-01-31T09:30:00+09:00} without the general parser (the JDK's ISO
	 * formatter was most of reading a story's front matter); {@code null} for anything
	 * else, invalid values included, which the general parser then takes.
	 */
	private static Instant exactDateTime(String v) {
		boolean utc = v.length() == 20 && v.charAt(19) == 'Z';
		boolean offset = v.length() == 25 && (v.charAt(19) == '+' || v.charAt(19) == '-') && v.charAt(22) == ':';
		if (!(utc || offset) || v.charAt(4) != '-' || v.charAt(7) != '-' || v.charAt(10) != 'T' || v.charAt(13) != ':'
				|| v.charAt(16) != ':') {
			return null;
		}
		int[] fields = { digits(v, 0, 4), digits(v, 5, 2), digits(v, 8, 2), digits(v, 11, 2), digits(v, 14, 2),
				digits(v, 17, 2), utc ? 0 : digits(v, 20, 2), utc ? 0 : digits(v, 23, 2) };
		for (int field : fields) {
			if (field < 0) {
				return null;
			}
		}
		int sign = (v.charAt(19) == '-') ? -1 : 1;
		try {
			return OffsetDateTime
				.of(LocalDateTime.of(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5]),
						ZoneOffset.ofHoursMinutes(sign * fields[6], sign * fields[7]))
				.toInstant();
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/** The number written by {@code length} ASCII digits from {@code start}, else -1. */
	private static int digits(String text, int start, int length) {
		int value = 0;
		for (int i = start; i < start + length; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
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
