package org.broadsheet.media;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An uploaded picture's alt text and uploader, by its path below the content folder. */
@Entity
@Table(name = "media_image")
class MediaImage {

	@Id
	private String path;

	@Column(nullable = false)
	private String alt;

	private String uploadedBy;

	@Column(nullable = false)
	private Instant uploadedAt;

	protected MediaImage() {
	}

	MediaImage(String path, String alt, String uploadedBy, Instant uploadedAt) {
		this.path = path;
		this.alt = alt;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	String getPath() {
		return this.path;
	}

	String getAlt() {
		return this.alt;
	}

	String getUploadedBy() {
		return this.uploadedBy;
	}

	Instant getUploadedAt() {
		return this.uploadedAt;
	}

}
