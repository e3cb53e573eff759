package org.broadsheet.editorial;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One saved version of a story: who saved it, when, and the whole file text.
 */
@Entity
@Table(name = "article_revision")
class Revision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long articleId;

	private String editor;

	private Instant createdAt;

	private String note;

	private String text;

	protected Revision() {
	}

	Revision(long articleId, String editor, Instant createdAt, String note, String text) {
		this.articleId = articleId;
		this.editor = editor;
		this.createdAt = createdAt;
		this.note = note;
		this.text = text;
	}

	public Long getId() {
		return this.id;
	}

	public long getArticleId() {
		return this.articleId;
	}

	public String getEditor() {
		return this.editor;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getNote() {
		return this.note;
	}

	public String getText() {
		return this.text;
	}

}
