package org.broadsheet.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.modulith.NamedInterface;

/**
 * A story: its front matter and status. Its text as written and as rendered (Markdown
 * source, sanitized HTML, headings) is {@link ArticleText}. Identity is the slug.
 */
@NamedInterface("api")
@Entity
@Table(name = "article")
public class Article extends ArticleText {

	/**
	 * From {@code article_seq} in blocks of 50 (Flyway V12), so a load's inserts go to
	 * the database in JDBC batches.
	 */
	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_seq")
	@SequenceGenerator(name = "article_seq", sequenceName = "article_seq", allocationSize = 50)
	private Long id;

	@Version
	private long version;

	private String slug;

	private String title;

	private String summary;

	@Embedded
	private Desk desk;

	private String lang;

	private Instant publishedAt;

	private Instant updatedAt;

	private boolean draft;

	/** The source file is gone: the story is unpublished but kept, with its replies. */
	private boolean removed;

	private boolean commentsOpen = true;

	@Column(name = "lead_story")
	private boolean lead;

	/** A draft a contributor submitted for an editor's review. */
	@Column(name = "in_review")
	private boolean review;

	@Embedded
	private StoryImage image;

	@ElementCollection
	@CollectionTable(name = "article_author", joinColumns = @JoinColumn(name = "article_id"))
	@OrderColumn(name = "idx")
	private List<Author> authors = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "article_tag", joinColumns = @JoinColumn(name = "article_id"))
	@OrderColumn(name = "idx")
	private List<Tag> tags = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "article_correction", joinColumns = @JoinColumn(name = "article_id"))
	@OrderColumn(name = "idx")
	private List<Correction> corrections = new ArrayList<>();

	protected Article() {
	}

	public Article(String slug) {
		this.slug = slug;
	}

	/**
	 * Whether readers may see the story at {@code now}: not a draft, not removed and not
	 * embargoed.
	 */
	public boolean isPublicAt(Instant now) {
		return !this.draft && !this.removed && this.publishedAt != null && !this.publishedAt.isAfter(now);
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public Desk getDesk() {
		return this.desk;
	}

	public void setDesk(Desk desk) {
		this.desk = desk;
	}

	public String getLang() {
		return this.lang;
	}

	public void setLang(String lang) {
		this.lang = lang;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public void setPublishedAt(Instant publishedAt) {
		this.publishedAt = publishedAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public void setUpdatedAt(Instant updatedAt) {
		this.updatedAt = updatedAt;
	}

	public boolean isDraft() {
		return this.draft;
	}

	public void setDraft(boolean draft) {
		this.draft = draft;
	}

	public boolean isRemoved() {
		return this.removed;
	}

	public void setRemoved(boolean removed) {
		this.removed = removed;
	}

	public boolean isCommentsOpen() {
		return this.commentsOpen;
	}

	public void setCommentsOpen(boolean commentsOpen) {
		this.commentsOpen = commentsOpen;
	}

	public boolean isLead() {
		return this.lead;
	}

	public void setLead(boolean lead) {
		this.lead = lead;
	}

	public StoryImage getImage() {
		return this.image;
	}

	public void setImage(StoryImage image) {
		this.image = image;
	}

	public List<Author> getAuthors() {
		return this.authors;
	}

	public void setAuthors(List<Author> authors) {
		this.authors.clear();
		this.authors.addAll(authors);
	}

	public List<Tag> getTags() {
		return this.tags;
	}

	public void setTags(List<Tag> tags) {
		this.tags.clear();
		this.tags.addAll(tags);
	}

	/** The corrections, oldest first. */
	public List<Correction> getCorrections() {
		return this.corrections;
	}

	public void setCorrections(List<Correction> corrections) {
		this.corrections.clear();
		this.corrections.addAll(corrections);
	}

	public boolean isReview() {
		return this.review;
	}

	public void setReview(boolean review) {
		this.review = review;
	}

}
