package org.broadsheet.article;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OrderColumn;

import org.springframework.modulith.NamedInterface;

/**
 * A story's text as written and as rendered: the file it came from and its fingerprint,
 * the Markdown source, the sanitized HTML rendered from it at load time, its section
 * headings in order and its word count. Mapped onto the {@code article} table (and
 * {@code article_heading}) by {@link Article}.
 */
@NamedInterface("api")
@MappedSuperclass
public abstract class ArticleText {

	private String sourcePath;

	private String contentHash;

	private String sourceStamp;

	private String markdown;

	private String html;

	private int wordCount;

	@ElementCollection
	@CollectionTable(name = "article_heading", joinColumns = @JoinColumn(name = "article_id"))
	@OrderColumn(name = "idx")
	private List<Heading> headings = new ArrayList<>();

	/** Minutes to read at 200 words a minute, never less than one. */
	public int getReadingMinutes() {
		return Math.max(1, (int) Math.ceil(this.wordCount / 200.0));
	}

	/**
	 * The story file below the content folder, or {@code null} for a database-only story.
	 */
	public String getSourcePath() {
		return this.sourcePath;
	}

	public void setSourcePath(String sourcePath) {
		this.sourcePath = sourcePath;
	}

	/** The fingerprint of the file as last loaded or written. */
	public String getContentHash() {
		return this.contentHash;
	}

	public void setContentHash(String contentHash) {
		this.contentHash = contentHash;
	}

	/**
	 * The size and modification time of the file as last loaded, with the loader's
	 * settings; {@code null} when the file must be read to tell whether it changed.
	 */
	public String getSourceStamp() {
		return this.sourceStamp;
	}

	public void setSourceStamp(String sourceStamp) {
		this.sourceStamp = sourceStamp;
	}

	public String getMarkdown() {
		return this.markdown;
	}

	public void setMarkdown(String markdown) {
		this.markdown = markdown;
	}

	/** The sanitized HTML of the body, safe to output unescaped. */
	public String getHtml() {
		return this.html;
	}

	public void setHtml(String html) {
		this.html = html;
	}

	public int getWordCount() {
		return this.wordCount;
	}

	public void setWordCount(int wordCount) {
		this.wordCount = wordCount;
	}

	public List<Heading> getHeadings() {
		return this.headings;
	}

	public void setHeadings(List<Heading> headings) {
		this.headings.clear();
		this.headings.addAll(headings);
	}

}
