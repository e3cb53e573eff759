package org.broadsheet.content;

import java.time.Instant;
import java.util.List;

/**
 * What one content load did.
 *
 * @param finishedAt when the run ended
 * @param millis how long it took
 * @param loaded stories created, changed, moved or restored
 * @param unchanged files skipped because their content hash was unchanged
 * @param removed stories unpublished because their file is gone
 * @param failed files skipped because they are broken
 * @param errors one entry per skipped file
 * @param warnings problems that did not stop a file (unknown keys, missing alt text)
 */
public record LoadReport(Instant finishedAt, long millis, int loaded, int unchanged, int removed, int failed,
		List<LoadProblem> errors, List<LoadProblem> warnings) {

	public LoadReport {
		errors = List.copyOf(errors);
		warnings = List.copyOf(warnings);
	}

	/** A run that did nothing because another instance was importing. */
	static LoadReport skipped(Instant at) {
		return new LoadReport(at, 0, 0, 0, 0, 0, List.of(), List.of());
	}

	/** Whether stories were created, changed, restored or unpublished. */
	public boolean changedAnything() {
		return this.loaded > 0 || this.removed > 0;
	}

	/** The one INFO line of a run. */
	public String summary() {
		return "Content loaded: %d loaded, %d unchanged, %d removed, %d failed in %d ms".formatted(this.loaded,
				this.unchanged, this.removed, this.failed, this.millis);
	}

}
