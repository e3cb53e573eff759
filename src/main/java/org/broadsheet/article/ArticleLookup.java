package org.broadsheet.article;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.modulith.NamedInterface;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/**
 * How other features find stored stories: by slug, by story file, or as a reference for
 * an entity that points at one. The article feature's front door for reads, so no other
 * feature needs its repository. Each call is one repository query (or none, for a
 * reference).
 */
@NamedInterface("api")
@Component
public class ArticleLookup {

	private final ArticleRepository articles;

	private final Clock clock;

	ArticleLookup(ArticleRepository articles, Clock clock) {
		this.articles = articles;
		this.clock = clock;
	}

	/** The story with this slug, whatever its status. */
	public Optional<Article> bySlug(String slug) {
		return this.articles.findBySlug(slug);
	}

	/**
	 * The story with this slug if it is public now (see {@link PublicStory}), without its
	 * bylines, tags and headings.
	 */
	public Optional<Article> publicBySlug(String slug) {
		return this.articles.findBySlug(slug).filter((article) -> article.isPublicAt(this.clock.instant()));
	}

	/** Whether a story is stored for this file (a path below the content folder). */
	public boolean hasSourcePath(String sourcePath) {
		return this.articles.findBySourcePath(sourcePath).isPresent();
	}

	/** The fingerprint of every file-backed story, for a fast unchanged reload. */
	public List<SourceFingerprint> sourceFingerprints() {
		return this.articles.findSourceFingerprints();
	}

	/** Whether any story is stored (from an earlier start), whatever its status. */
	public boolean anyStored() {
		return this.articles.count() > 0;
	}

	/**
	 * A few names stored stories write for a desk ({@code section}), tag ({@code tags})
	 * or author ({@code authors}) slug, with their files.
	 */
	public List<NameInFile> namesWithSlug(String key, String slug) {
		Limit few = Limit.of(10);
		return switch (key) {
			case "section" -> this.articles.findDeskNamesBySlug(slug, few);
			case "tags" -> this.articles.findTagNamesBySlug(slug, few);
			default -> this.articles.findAuthorNamesBySlug(slug, few);
		};
	}

	/** A reference to a stored story by id, without loading it. */
	public Article reference(long id) {
		return this.articles.getReferenceById(id);
	}

}
