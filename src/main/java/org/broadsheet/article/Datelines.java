package org.broadsheet.article;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Formats story times in the newsroom's zone: an ISO value for {@code <time datetime>}
 * and a localized dateline for people.
 *
 * @param zone the newsroom's zone ({@code broadsheet.timezone})
 */
public record Datelines(ZoneId zone) {

	private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("zzz");

	/** A valid HTML date-time string, whole seconds with the zone's offset. */
	public String iso(Instant instant) {
		return (instant != null) ? ISO.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(this.zone)) : null;
	}

	/** The date and time for readers, in the conventions of the given BCP 47 language. */
	public String display(Instant instant, String lang) {
		if (instant == null) {
			return null;
		}
		Locale locale = (lang != null && !lang.isBlank()) ? Locale.forLanguageTag(lang) : Locale.ENGLISH;
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(locale)
			.format(instant.atZone(this.zone)) + " " + ZONE_NAME.withLocale(locale).format(instant.atZone(this.zone));
	}

	/** The year of an instant in the newsroom's zone, 0 for none. */
	public int year(Instant instant) {
		return (instant != null) ? instant.atZone(this.zone).getYear() : 0;
	}

	/**
	 * A day (already in the newsroom's zone) in a pattern such as {@code d MMMM}, with
	 * month names in the given language; an unusable pattern gives the ISO date.
	 */
	public String format(LocalDate date, String pattern, String lang) {
		if (date == null) {
			return null;
		}
		Locale locale = (lang != null && !lang.isBlank()) ? Locale.forLanguageTag(lang) : Locale.ENGLISH;
		try {
			return DateTimeFormatter.ofPattern(pattern, locale).format(date);
		}
		catch (IllegalArgumentException | java.time.DateTimeException ex) {
			return date.toString();
		}
	}

	/** The date alone, for story cards. */
	public String date(Instant instant, String lang) {
		if (instant == null) {
			return null;
		}
		Locale locale = (lang != null && !lang.isBlank()) ? Locale.forLanguageTag(lang) : Locale.ENGLISH;
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(instant.atZone(this.zone));
	}

}
