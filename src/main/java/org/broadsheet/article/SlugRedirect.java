package org.broadsheet.article;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.modulith.NamedInterface;

/**
 * An old slug of a story that changed its slug: requests for it are sent on with a 301.
 */
@NamedInterface("api")
@Entity
@Table(name = "slug_redirect")
public class SlugRedirect {

	@Id
	private String oldSlug;

	private Long articleId;

	protected SlugRedirect() {
	}

	public SlugRedirect(String oldSlug, Long articleId) {
		this.oldSlug = oldSlug;
		this.articleId = articleId;
	}

	public String getOldSlug() {
		return this.oldSlug;
	}

	public Long getArticleId() {
		return this.articleId;
	}

}
