package org.broadsheet.editorial;

import java.util.ArrayList;
import java.util.List;

import org.broadsheet.article.Article;
import org.broadsheet.article.Correction;
import org.broadsheet.content.StoryFileWriter;

import org.springframework.stereotype.Service;

/**
 * An editor's one-click changes to a story (Unpublish, Publish, Trash, Restore) and its
 * corrections. Each acts only on the version the editor saw, so a click on a page that is
 * out of date changes nothing.
 */
@Service
class StatusChanges {

	private final ArticleEditor editor;

	private final StoryFileWriter files;

	private final StoryWrites writes;

	StatusChanges(ArticleEditor editor, StoryFileWriter files, StoryWrites writes) {
		this.editor = editor;
		this.files = files;
		this.writes = writes;
	}

	void unpublish(long id, Long version, Staff staff) {
		Article current = this.editor.openVersion(id, version, staff);
		this.editor.restate(current, true, false, current.getCorrections(), staff, "unpublish");
	}

	void republish(long id, Long version, Staff staff) {
		Article current = this.editor.openVersion(id, version, staff);
		this.editor.restate(current, false, false, current.getCorrections(), staff, "publish");
	}

	void trash(long id, Long version, Staff staff) {
		this.files.trash(this.editor.openVersion(id, version, staff));
		this.writes.changed(id);
	}

	void restore(long id, Long version, Staff staff) {
		this.files.restore(this.editor.openVersion(id, version, staff));
		this.writes.changed(id);
	}

	/**
	 * Adds a correction to a published story.
	 * @throws EditorProblem when the story is not published or the date is still to come
	 */
	void correct(long id, CorrectionForm form, Staff staff) {
		Article current = this.editor.openVersion(id, form.version(), staff);
		if (this.editor.statusOf(current) != StoryStatus.PUBLISHED) {
			throw new EditorProblem("text", "editor.correction.unpublished");
		}
		if (form.date().isAfter(this.editor.today())) {
			throw new EditorProblem("date", "editor.correction.future");
		}
		List<Correction> corrections = new ArrayList<>(current.getCorrections());
		corrections.add(form.correction());
		this.editor.restate(current, current.isDraft(), current.isReview(), corrections, staff, "correction");
	}

}
