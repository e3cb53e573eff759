package org.broadsheet.editorial;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.broadsheet.article.Article;
import org.broadsheet.article.Author;
import org.broadsheet.article.Correction;
import org.broadsheet.article.Tag;
import org.broadsheet.content.StoryFields;
import org.hibernate.validator.constraints.CodePointLength;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The story editor's fields. Lists are typed comma-separated; the date is a local time in
 * the newsroom's zone. Limits on text a person reads count characters (code points), as
 * the loader does; the slug, image address and body count UTF-16 units. {@code version}
 * and {@code fileHash} are what the editor opened, to notice a second editor or a changed
 * file.
 */
record ArticleForm(Long version, String fileHash, @NotBlank @CodePointLength(max = 500) String title,
		@Size(max = 200) String slug, @CodePointLength(max = 200) String section,
		@CodePointLength(max = 2000) String tags, @CodePointLength(max = 2000) String authors,
		@CodePointLength(max = 2000) String summary, @Size(max = 1000) String image,
		@CodePointLength(max = 1000) String imageAlt,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME, fallbackPatterns = "yyyy-MM-dd'T'HH:mm") LocalDateTime date,
		Boolean commentsOpen, Boolean lead, @Size(max = 1_000_000) String body) {

	static ArticleForm empty() {
		return new ArticleForm(null, null, "", "", "", "", "", "", "", "", null, true, false, "");
	}

	static ArticleForm of(Article article, ZoneId zone, String body) {
		return new ArticleForm(article.getVersion(), article.getContentHash(), article.getTitle(), article.getSlug(),
				(article.getDesk() != null) ? article.getDesk().name() : "",
				String.join(", ", article.getTags().stream().map(Tag::name).toList()),
				String.join(", ", article.getAuthors().stream().map(Author::name).toList()),
				nonNull(article.getSummary()), (article.getImage() != null) ? nonNull(article.getImage().url()) : "",
				(article.getImage() != null) ? nonNull(article.getImage().alt()) : "",
				LocalDateTime.ofInstant(article.getPublishedAt(), zone).truncatedTo(ChronoUnit.MINUTES),
				article.isCommentsOpen(), article.isLead(), body);
	}

	boolean commentsAllowed() {
		return Boolean.TRUE.equals(this.commentsOpen);
	}

	boolean pinned() {
		return Boolean.TRUE.equals(this.lead);
	}

	boolean hasImage() {
		return this.image != null && !this.image.isBlank();
	}

	StoryFields fields(String slug, Instant date, boolean draft, boolean review, List<Correction> corrections) {
		return new StoryFields(this.title.strip(), slug, date, list(this.authors), this.section, list(this.tags),
				this.summary, hasImage() ? this.image.strip() : null, this.imageAlt, commentsAllowed(), draft, review,
				pinned(), corrections, (this.body != null) ? this.body : "");
	}

	/** The same form with the front-page pin set as given (contributors cannot pin). */
	ArticleForm withLead(boolean pin) {
		return new ArticleForm(this.version, this.fileHash, this.title, this.slug, this.section, this.tags,
				this.authors, this.summary, this.image, this.imageAlt, this.date, this.commentsOpen, pin, this.body);
	}

	ArticleForm reopened(long newVersion, String newHash) {
		return new ArticleForm(newVersion, newHash, this.title, this.slug, this.section, this.tags, this.authors,
				this.summary, this.image, this.imageAlt, this.date, this.commentsOpen, this.lead, this.body);
	}

	private static List<String> list(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split(",")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

	private static String nonNull(String text) {
		return (text != null) ? text : "";
	}

}
