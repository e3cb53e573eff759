package org.broadsheet.content;

import java.util.ArrayList;
import java.util.List;

import org.broadsheet.article.SourceFingerprint;

/**
 * Stores a load run's stories a batch at a time: one transaction for the batch, and when
 * it fails, each story again on its own, so only a broken one is skipped. Counts only
 * what was committed.
 */
final class BatchWriter {

	private final ArticleWriter writer;

	private final String displayDir;

	BatchWriter(ArticleWriter writer, String displayDir) {
		this.writer = writer;
		this.displayDir = displayDir;
	}

	/**
	 * Stores stories in one transaction; when it fails, stores them one by one so only
	 * the broken one is skipped. Counts only what was committed.
	 */
	void store(LoadBatch batch, List<RenderedStory> stories) {
		if (stories.isEmpty()) {
			return;
		}
		try {
			List<Runnable> committed = this.writer.inTransaction(() -> {
				List<Runnable> outcomes = new ArrayList<>(stories.size());
				for (RenderedStory story : stories) {
					outcomes.add(storeOne(batch, story));
				}
				return outcomes;
			});
			committed.forEach(Runnable::run);
		}
		catch (RuntimeException ex) {
			batch.index().reload();
			if (stories.size() == 1) {
				batch.run()
					.fail(stories.get(0).file().path(), 0,
							"could not be stored (" + ex.getClass().getSimpleName() + ")");
			}
			else {
				for (RenderedStory story : stories) {
					store(batch, new ArrayList<>(List.of(story)));
				}
			}
		}
		stories.clear();
	}

	/**
	 * Stores one story inside the batch's transaction; returns what to count on commit.
	 */
	private Runnable storeOne(LoadBatch batch, RenderedStory story) {
		String path = story.file().path();
		SourceFingerprint known = batch.byPath().get(path);
		try {
			long id = this.writer.store(story, (known != null) ? known.id() : null, batch.existing(), batch.index(),
					this.displayDir);
			return () -> batch.run().loaded(id);
		}
		catch (SlugTakenException ex) {
			if (batch.retrying(path)) {
				return () -> batch.run().fail(path, ex.line(), ex.getMessage());
			}
			return () -> batch.taken().add(path);
		}
	}

}
