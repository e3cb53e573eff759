package org.broadsheet.editorial;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.broadsheet.article.Article;
import org.broadsheet.article.ArticleNotFoundException;
import org.broadsheet.article.Correction;
import org.broadsheet.article.Slugs;
import org.broadsheet.content.StoryFileWriter;
import org.broadsheet.web.SiteProperties;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Opens and saves stories from the editor: who may open what, status rules, stale-version
 * checks, the file composed and written back through {@link StoryWrites}.
 */
@Service
class ArticleEditor {

	private final StoryFileWriter files;

	private final EditorialArticles articles;

	private final Revisions revisions;

	private final StoryWrites writes;

	private final Clock clock;

	private final ZoneId zone;

	ArticleEditor(StoryFileWriter files, EditorialArticles articles, Revisions revisions, StoryWrites writes,
			Clock clock, SiteProperties site) {
		this.files = files;
		this.articles = articles;
		this.revisions = revisions;
		this.writes = writes;
		this.clock = clock;
		this.zone = site.timezone();
	}

	ZoneId zone() {
		return this.zone;
	}

	/** Today in the newsroom's zone. */
	LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), this.zone);
	}

	/**
	 * A story the viewer may open in the editor: editors open any; a contributor only a
	 * draft (or one waiting for review) they started, never one in the trash.
	 */
	Article open(long id, Staff staff) {
		Article article = this.articles.findForEditing(id)
			.orElseThrow(() -> new ArticleNotFoundException("story " + id));
		if (!staff.editor()
				&& !(article.isDraft() && !article.isRemoved() && this.revisions.startedBy(id, staff.name()))) {
			throw new AccessDeniedException("contributors edit only their own drafts");
		}
		return article;
	}

	/**
	 * A story for a one-click change by an editor, as long as it is still the version the
	 * editor saw.
	 * @throws StaleStoryException when the story changed since (or no version was sent)
	 */
	Article openVersion(long id, Long version, Staff staff) {
		requireEditor(staff);
		Article current = open(id, staff);
		if (version == null || version != current.getVersion()) {
			throw new StaleStoryException(id, current.getVersion(), current.getContentHash(), textOf(current));
		}
		return current;
	}

	StoryStatus statusOf(Article article) {
		return StoryStatus.of(article, this.clock.instant());
	}

	ArticleForm formOf(Article article) {
		return ArticleForm.of(article, this.zone, article.getMarkdown());
	}

	/**
	 * The story file as it stands: the file on disk, or composed from the stored story.
	 */
	String textOf(Article article) {
		return this.files.read(article.getSourcePath())
			.orElseGet(() -> this.files.compose(formOf(article).fields(article.getSlug(), article.getPublishedAt(),
					article.isDraft(), article.isReview(), article.getCorrections()), null));
	}

	/** The unsaved story for the preview. */
	Article preview(Long id, ArticleForm form, Staff staff) {
		Article current = (id != null) ? open(id, staff) : null;
		Draft draft = draft(current, form, EditAction.PREVIEW, staff);
		return this.files.preview(draft.path(), draft.text());
	}

	/**
	 * Saves the form.
	 * @return the story's id
	 * @throws EditorProblem when a field must change
	 * @throws StaleStoryException when someone else saved first or the file changed
	 */
	long save(Long id, ArticleForm form, EditAction action, Staff staff) {
		if (!action.allowedFor(staff)) {
			throw new AccessDeniedException("only editors may " + action);
		}
		Article current = (id != null) ? open(id, staff) : null;
		if (current != null && (form.version() == null || form.version() != current.getVersion())) {
			throw new StaleStoryException(id, current.getVersion(), current.getContentHash(), textOf(current));
		}
		Draft draft = draft(current, form, action, staff);
		return this.writes.store(id, draft.path(), draft.text(), form.fileHash(), staff,
				action.name().toLowerCase(java.util.Locale.ROOT));
	}

	/**
	 * Writes the stored story again with a new status or corrections, keeping every other
	 * field and the file's other keys.
	 */
	void restate(Article current, boolean draft, boolean review, List<Correction> corrections, Staff staff,
			String note) {
		String text = this.files.compose(
				formOf(current).fields(current.getSlug(), current.getPublishedAt(), draft, review, corrections),
				this.files.read(current.getSourcePath()).orElse(null));
		this.writes.store(current.getId(), pathOf(current, null, null), text, current.getContentHash(), staff, note);
	}

	/** Saves an old revision's text as the newest one. */
	long restoreRevision(long id, long revisionId, Staff staff) {
		requireEditor(staff);
		Article current = open(id, staff);
		Revision revision = this.revisions.find(id, revisionId)
			.orElseThrow(() -> new ArticleNotFoundException("revision " + revisionId));
		return this.writes.store(id, pathOf(current, null, null), revision.getText(), current.getContentHash(), staff,
				"restore " + revisionId);
	}

	private Draft draft(Article current, ArticleForm form, EditAction action, Staff staff) {
		String slug = Slugs.of((form.slug() != null && !form.slug().isBlank()) ? form.slug() : form.title());
		if (slug.isEmpty() || slug.length() > 200) {
			throw new EditorProblem("slug", "editor.slug.invalid");
		}
		Instant now = this.clock.instant();
		Instant date = (form.date() != null) ? form.date().atZone(this.zone).toInstant()
				: (current != null) ? current.getPublishedAt() : now;
		boolean draft = true;
		boolean review = false;
		switch (action) {
			case SUBMIT -> review = true;
			case PUBLISH -> {
				draft = false;
				date = date.isAfter(now) ? now : date;
			}
			case SCHEDULE -> {
				if (form.date() == null || !date.isAfter(now)) {
					throw new EditorProblem("date", "editor.schedule.past");
				}
				draft = false;
			}
			case UPDATE, PREVIEW -> {
				draft = (current == null) || current.isDraft();
				review = (current != null) && current.isReview();
			}
			default -> {
			}
		}
		ArticleForm allowed = staff.editor() ? form : form.withLead((current != null) && current.isLead());
		String previous = (current != null) ? this.files.read(current.getSourcePath()).orElse(null) : null;
		List<Correction> corrections = (current != null) ? current.getCorrections() : List.of();
		String text = this.files.compose(allowed.fields(slug, date, draft, review, corrections), previous);
		return new Draft(pathOf(current, slug, form.section()), text);
	}

	private String pathOf(Article current, String slug, String section) {
		if (current != null && current.getSourcePath() != null) {
			return current.getSourcePath();
		}
		if (current == null) {
			return this.files.pathFor(slug, section);
		}
		return this.files.pathFor(current.getSlug(), (current.getDesk() != null) ? current.getDesk().name() : null);
	}

	static void requireEditor(Staff staff) {
		if (!staff.editor()) {
			throw new AccessDeniedException("only editors may change a story's status");
		}
	}

	private record Draft(String path, String text) {
	}

}
