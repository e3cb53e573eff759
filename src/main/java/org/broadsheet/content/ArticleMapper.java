package org.broadsheet.content;

import org.broadsheet.article.Article;

/**
 * Copies a parsed story onto its article.
 */
final class ArticleMapper {

	private ArticleMapper() {
	}

	static void apply(RenderedStory story, Article article) {
		FrontMatter meta = story.meta();
		article.setSlug(meta.slug());
		article.setTitle(meta.title());
		article.setSummary(meta.summary());
		article.setDesk(meta.desk());
		article.setLang(meta.lang());
		article.setPublishedAt(meta.publishedAt());
		article.setUpdatedAt(meta.updatedAt());
		article.setDraft(meta.draft());
		article.setRemoved(false);
		article.setCommentsOpen(meta.commentsOpen());
		article.setLead(meta.lead());
		article.setReview(meta.review());
		article.setImage(meta.image());
		article.setSourcePath(story.file().path());
		article.setContentHash(story.file().hash());
		article.setSourceStamp(story.file().stamp());
		article.setMarkdown(story.parsed().body());
		article.setHtml(story.rendered().html());
		article.setWordCount(story.rendered().wordCount());
		article.setAuthors(meta.authors());
		article.setTags(meta.tags());
		article.setCorrections(meta.corrections());
		article.setHeadings(story.rendered().headings());
	}

}
