package org.broadsheet.content;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The usual date-times are read without the JDK's ISO parser, to the same instant it
 * gives, and whatever it rejects is still rejected. A date has a year from 1 to 9999:
 * {@code -2026-01-04} (a typo) would show as "January 4, 2027".
 */
class FrontMatterDatesTests {

	private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	@ParameterizedTest
	@ValueSource(strings = { "2016-01-02T01:01:00Z", "2025-03-01T09:30:00+09:00", "2025-03-01T09:30:00-05:30",
			"2024-02-29T23:59:59+18:00", "2025-03-01T00:00:00-18:00", "2025-03-01T09:30:00-00:00",
			"0001-01-01T00:00:00Z", "9999-12-31T23:59:59+14:00", "2025-02-30T10:00:00Z", "2025-13-01T00:00:00Z",
			"2025-03-01T24:00:00Z", "2025-03-01T09:60:00Z", "2025-03-01T09:30:60Z", "2025-03-01T09:30:00+19:00",
			"2025-03-01T09:30:00+09:60", "2025-03-01T09:30:00+0900", "2025-03-01T09:30:00+09:0x",
			"２０２５-03-01T09:30:00Z", "2025-03-01t09:30:00z", "2025-03-01T09:30:00.5Z" })
	void dateTimesReadAsTheIsoParserReadsThem(String value) {
		assertThat(FrontMatterDates.parse(value, SEOUL)).isEqualTo(isoOrGeneral(value));
	}

	@ParameterizedTest
	@ValueSource(strings = { "-2026-01-04", "+2026-01-04", "+12026-01-04", "-2026-01-04T09:30:00Z",
			"-2026-01-04T09:30:00", "+2026-01-04T09:30:00+09:00", "0000-01-01", "0000-06-01T10:00:00Z" })
	void yearsWithASignOrYearZeroAreNotDates(String value) {
		assertThat(FrontMatterDates.parse(value, SEOUL)).isNull();
	}

	private static Instant isoOrGeneral(String value) {
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

}
