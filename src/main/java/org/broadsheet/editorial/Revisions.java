package org.broadsheet.editorial;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Keeps a revision of every save and knows who started a story.
 */
@Component
class Revisions {

	private final RevisionRepository repository;

	private final Clock clock;

	Revisions(RevisionRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	void record(long articleId, String editor, String note, String text) {
		this.repository.save(new Revision(articleId, editor, this.clock.instant(), note, text));
	}

	boolean startedBy(long articleId, String editor) {
		return this.repository.findFirstByArticleIdOrderByIdAsc(articleId)
			.map((first) -> first.getEditor().equals(editor))
			.orElse(false);
	}

	List<Revision> of(long articleId) {
		return this.repository.findByArticleIdOrderByIdDesc(articleId);
	}

	Optional<Revision> find(long articleId, long revisionId) {
		return this.repository.findByIdAndArticleId(revisionId, articleId);
	}

}
