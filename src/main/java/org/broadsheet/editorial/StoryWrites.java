package org.broadsheet.editorial;

import java.util.Set;

import org.broadsheet.article.Article;
import org.broadsheet.article.ArticlesChanged;
import org.broadsheet.content.StoryFileChangedException;
import org.broadsheet.content.StoryFileWriter;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Stores a story text from the admin: the file written back (or refused when it changed
 * on disk), a revision kept and {@link ArticlesChanged} published.
 */
@Component
class StoryWrites {

	private final StoryFileWriter files;

	private final EditorialArticles articles;

	private final Revisions revisions;

	private final ApplicationEventPublisher events;

	StoryWrites(StoryFileWriter files, EditorialArticles articles, Revisions revisions,
			ApplicationEventPublisher events) {
		this.files = files;
		this.articles = articles;
		this.revisions = revisions;
		this.events = events;
	}

	/**
	 * Writes and stores a story text.
	 * @return the story's id
	 * @throws StaleStoryException when the file changed since the editor opened it
	 */
	long store(Long id, String path, String text, String openedHash, Staff staff, String note) {
		long saved;
		try {
			saved = this.files.save(id, path, text, openedHash);
		}
		catch (StoryFileChangedException ex) {
			Article current = (id != null) ? this.articles.findForEditing(id).orElse(null) : null;
			throw new StaleStoryException(id, (current != null) ? current.getVersion() : 0,
					(current != null) ? current.getContentHash() : null, ex.fileText());
		}
		this.revisions.record(saved, staff.name(), note, text);
		changed(saved);
		return saved;
	}

	void changed(long id) {
		this.events.publishEvent(new ArticlesChanged(Set.of(id)));
	}

}
