package org.broadsheet.content;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.broadsheet.article.Author;
import org.broadsheet.article.Correction;
import org.broadsheet.article.Desk;
import org.broadsheet.article.Slugs;
import org.broadsheet.article.StoryImage;
import org.broadsheet.media.MediaPaths;
import org.broadsheet.article.Tag;

/**
 * Reads and checks the known front-matter keys of one file.
 */
class FrontMatterReader {

	private static final Pattern URL = Pattern.compile("^https?://\\S+$", Pattern.CASE_INSENSITIVE);

	private final YamlFields fields;

	private final ZoneId zone;

	private final String defaultLang;

	private final String path;

	FrontMatterReader(YamlFields fields, ZoneId zone, String defaultLang, String path) {
		this.fields = fields;
		this.zone = zone;
		this.defaultLang = defaultLang;
		this.path = path;
	}

	FrontMatter read(List<ParsedStory.Warning> warnings) throws ContentException {
		String title = limit("title", this.fields.text("title"), 500);
		if (title == null) {
			throw new ContentException("title is missing", this.fields.lineOf("title"));
		}
		Instant date = date("date");
		if (date == null) {
			throw new ContentException("date is missing", this.fields.lineOf("date"));
		}
		String slugText = this.fields.text("slug");
		String slug = Slugs.of((slugText != null) ? slugText : fileName());
		if (slug.isEmpty() || slug.length() > 200) {
			throw new ContentException("slug '" + ((slugText != null) ? slugText : fileName())
					+ "' must have 1 to 200 letters, digits or dashes", this.fields.lineOf("slug"));
		}
		List<Author> authors = new ArrayList<>();
		authors.addAll(names("author", Author::named, warnings));
		authors.addAll(names("authors", Author::named, warnings));
		String section = limit("section", this.fields.text("section"), 200);
		Desk desk = (section != null && addressable("section", section, warnings)) ? Desk.named(section) : null;
		boolean draft = this.fields.bool("draft", false);
		boolean lead = this.fields.bool("lead", false);
		List<Correction> corrections = new CorrectionEntries(this.fields, this.zone).read(warnings);
		return new FrontMatter(title, date, updated(corrections), slug,
				(slugText != null) ? this.fields.lineOf("slug") : 0, distinct(authors, Author::slug), desk,
				distinct(names("tags", Tag::named, warnings), Tag::slug), this.fields.text("summary"), image(warnings),
				lang(warnings), draft, commentsOpen(), lead, this.fields.bool("review", false), corrections);
	}

	/** The {@code updated} key or the start of the latest correction's day, the later. */
	private Instant updated(List<Correction> corrections) throws ContentException {
		Instant updated = date("updated");
		for (Correction correction : corrections) {
			Instant corrected = correction.date().atStartOfDay(this.zone).toInstant();
			if (updated == null || corrected.isAfter(updated)) {
				updated = corrected;
			}
		}
		return updated;
	}

	private String fileName() {
		String name = this.path.substring(this.path.lastIndexOf('/') + 1);
		int dot = name.lastIndexOf('.');
		return (dot > 0) ? name.substring(0, dot) : name;
	}

	private Instant date(String key) throws ContentException {
		String text = this.fields.text(key);
		if (text == null) {
			return null;
		}
		Instant instant = FrontMatterDates.parse(text, this.zone);
		if (instant == null) {
			throw new ContentException(
					key + " '" + text + "' is not a date like 2025-01-31 or 2025-01-31T09:30:00+09:00",
					this.fields.valueLine(key));
		}
		return instant;
	}

	private <T> List<T> names(String key, Function<String, T> factory, List<ParsedStory.Warning> warnings)
			throws ContentException {
		List<T> values = new ArrayList<>();
		for (String name : this.fields.list(key)) {
			if (addressable(key, name, warnings)) {
				values.add(factory.apply(limit(key, name, 200)));
			}
		}
		return values;
	}

	/** Whether a desk, tag or author name makes an address; else a warning. */
	private boolean addressable(String key, String name, List<ParsedStory.Warning> warnings) {
		if (!Slugs.of(name).isEmpty()) {
			return true;
		}
		warnings.add(new ParsedStory.Warning(this.fields.valueLine(key),
				key + " '" + name + "' has no letter or digit to make its address from; left out"));
		return false;
	}

	private static <T> List<T> distinct(List<T> values, Function<T, String> slug) {
		Set<String> seen = new LinkedHashSet<>();
		return values.stream().filter((value) -> seen.add(slug.apply(value))).toList();
	}

	private StoryImage image(List<ParsedStory.Warning> warnings) throws ContentException {
		String image = this.fields.text("image");
		if (image == null) {
			return null;
		}
		String url;
		if (URL.matcher(image).matches() || image.startsWith(MediaPaths.PREFIX)) {
			url = image;
		}
		else if (image.contains(":") || image.startsWith("/") || !MediaPaths.isImage(image)) {
			throw new ContentException("image must be a JPEG, PNG, WebP, GIF or AVIF file beside the story "
					+ "or an http(s) URL, not '" + image + "'", this.fields.valueLine("image"));
		}
		else {
			url = MediaPaths.resolve(this.path, image);
			if (url == null) {
				throw new ContentException("image '" + image + "' points outside the content folder",
						this.fields.valueLine("image"));
			}
		}
		String alt = this.fields.text("image_alt");
		if (alt == null) {
			warnings.add(new ParsedStory.Warning(this.fields.lineOf("image"), "image has no image_alt text"));
		}
		return new StoryImage(limit("image", url, 1000), limit("image_alt", (alt != null) ? alt : "", 1000),
				this.fields.text("image_caption"), limit("image_credit", this.fields.text("image_credit"), 500));
	}

	/**
	 * The story's language: a well-formed BCP 47 tag ({@code _} read as {@code -}), else
	 * a warning and the site's language.
	 */
	private String lang(List<ParsedStory.Warning> warnings) throws ContentException {
		String lang = this.fields.text("lang");
		if (lang == null) {
			return this.defaultLang;
		}
		try {
			String tag = new Locale.Builder().setLanguageTag(lang.strip().replace('_', '-')).build().toLanguageTag();
			if (!tag.isEmpty() && !tag.equals("und") && tag.length() <= 35) {
				return tag;
			}
		}
		catch (IllformedLocaleException ex) {
			// warned below
		}
		warnings.add(new ParsedStory.Warning(this.fields.valueLine("lang"), "lang '" + lang
				+ "' is not a language tag like en, ko or pt-BR; using " + this.defaultLang + " instead"));
		return this.defaultLang;
	}

	private boolean commentsOpen() throws ContentException {
		String comments = this.fields.text("comments");
		if (comments == null) {
			return true;
		}
		return switch (comments.toLowerCase(Locale.ROOT)) {
			case "open", "true", "yes", "on" -> true;
			case "closed", "false", "no", "off" -> false;
			default -> throw new ContentException("comments must be open or closed, not '" + comments + "'",
					this.fields.valueLine("comments"));
		};
	}

	private String limit(String key, String value, int max) throws ContentException {
		if (value != null && value.codePointCount(0, value.length()) > max) {
			throw new ContentException(key + " is longer than " + max + " characters", this.fields.valueLine(key));
		}
		return value;
	}

}
