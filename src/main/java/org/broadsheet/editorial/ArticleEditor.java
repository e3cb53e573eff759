package org.broadsheet.editorial;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

import org.broadsheet.article.Article;
import org.broadsheet.article.ArticleNotFoundException;
import org.broadsheet.article.ArticlesChanged;
import org.broadsheet.article.Slugs;
import org.broadsheet.content.StoryFileChangedException;
import org.broadsheet.content.StoryFiles;
import org.broadsheet.web.SiteProperties;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Saves stories from the editor: status rules, role checks, stale-version checks, the
 * file written back, a revision kept and {@link ArticlesChanged} published.
 */
@Service
class ArticleEditor {

	private final StoryFiles files;

	private final EditorialArticles articles;

	private final Revisions revisions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ZoneId zone;

	ArticleEditor(StoryFiles files, EditorialArticles articles, Revisions revisions, ApplicationEventPublisher events,
			Clock clock, SiteProperties site) {
		this.files = files;
		this.articles = articles;
		this.revisions = revisions;
		this.events = events;
		this.clock = clock;
		this.zone = site.timezone();
	}

	ZoneId zone() {
		return this.zone;
	}

	/** A story the viewer may open in the editor. */
	Article open(long id, Staff staff) {
		Article article = this.articles.findForEditing(id)
			.orElseThrow(() -> new ArticleNotFoundException("story " + id));
		if (!staff.editor() && !(article.isDraft() && this.revisions.startedBy(id, staff.name()))) {
			throw new AccessDeniedException("contributors edit only their own drafts");
		}
		return article;
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
					article.isDraft(), article.isReview()), null));
	}

	/** The unsaved story for the preview. */
	Article preview(Long id, ArticleForm form, Staff staff) {
		Article current = (id != null) ? open(id, staff) : null;
		Draft draft = draft(current, form, EditAction.PREVIEW);
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
			throw new StaleStoryException(current.getVersion(), current.getContentHash(), textOf(current));
		}
		Draft draft = draft(current, form, action);
		return store(id, draft.path(), draft.text(), form.fileHash(), staff, action.name().toLowerCase());
	}

	void unpublish(long id, Staff staff) {
		changeStatus(id, staff, true);
	}

	void republish(long id, Staff staff) {
		changeStatus(id, staff, false);
	}

	void trash(long id, Staff staff) {
		requireEditor(staff);
		this.files.trash(open(id, staff));
		changed(id);
	}

	void restore(long id, Staff staff) {
		requireEditor(staff);
		this.files.restore(open(id, staff));
		changed(id);
	}

	/** Saves an old revision's text as the newest one. */
	long restoreRevision(long id, long revisionId, Staff staff) {
		requireEditor(staff);
		Article current = open(id, staff);
		Revision revision = this.revisions.find(id, revisionId)
			.orElseThrow(() -> new ArticleNotFoundException("revision " + revisionId));
		return store(id, pathOf(current, null, null), revision.getText(), current.getContentHash(), staff,
				"restore " + revisionId);
	}

	private void changeStatus(long id, Staff staff, boolean draft) {
		requireEditor(staff);
		Article current = open(id, staff);
		ArticleForm form = formOf(current);
		String text = this.files.compose(form.fields(current.getSlug(), current.getPublishedAt(), draft, false),
				this.files.read(current.getSourcePath()).orElse(null));
		store(id, pathOf(current, null, null), text, current.getContentHash(), staff, draft ? "unpublish" : "publish");
	}

	private long store(Long id, String path, String text, String openedHash, Staff staff, String note) {
		long saved;
		try {
			saved = this.files.save(id, path, text, openedHash);
		}
		catch (StoryFileChangedException ex) {
			Article current = (id != null) ? this.articles.findForEditing(id).orElse(null) : null;
			throw new StaleStoryException((current != null) ? current.getVersion() : 0,
					(current != null) ? current.getContentHash() : null, ex.fileText());
		}
		this.revisions.record(saved, staff.name(), note, text);
		changed(saved);
		return saved;
	}

	private Draft draft(Article current, ArticleForm form, EditAction action) {
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
		String previous = (current != null) ? this.files.read(current.getSourcePath()).orElse(null) : null;
		String text = this.files.compose(form.fields(slug, date, draft, review), previous);
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

	private void changed(long id) {
		this.events.publishEvent(new ArticlesChanged(Set.of(id)));
	}

	private static void requireEditor(Staff staff) {
		if (!staff.editor()) {
			throw new AccessDeniedException("only editors may change a story's status");
		}
	}

	private record Draft(String path, String text) {
	}

}
