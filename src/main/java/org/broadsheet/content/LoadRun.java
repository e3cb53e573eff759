package org.broadsheet.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadsheet.web.LogText;

/**
 * The counts and problems of one run; problems are logged as they happen, with the file
 * names and values in them escaped ({@link LogText}).
 */
final class LoadRun {

	private static final Log logger = LogFactory.getLog(ContentLoader.class);

	private final String dir;

	private final Set<Long> changed = new LinkedHashSet<>();

	private final Set<Long> touched = new HashSet<>();

	private final List<LoadProblem> errors = new ArrayList<>();

	private final List<LoadProblem> warnings = new ArrayList<>();

	private int loaded;

	private int unchanged;

	private int removed;

	LoadRun(String dir) {
		this.dir = dir;
	}

	void loaded(long id) {
		this.loaded++;
		this.changed.add(id);
		this.touched.add(id);
	}

	void unchanged(long id) {
		this.unchanged++;
		this.touched.add(id);
	}

	void removed(long id) {
		this.removed++;
		this.changed.add(id);
	}

	boolean touched(long id) {
		return this.touched.contains(id);
	}

	void retry(String path) {
		this.warnings.removeIf((problem) -> problem.path().equals(this.dir + "/" + path));
	}

	void fail(String path, int line, String reason) {
		LoadProblem problem = new LoadProblem(this.dir + "/" + path, line, reason);
		logger.warn("Skipped " + LogText.escape(problem.where()) + ": " + LogText.escape(reason));
		this.errors.add(problem);
	}

	void warn(String path, int line, String reason) {
		LoadProblem problem = new LoadProblem(this.dir + "/" + path, line, reason);
		logger.warn("Check " + LogText.escape(problem.where()) + ": " + LogText.escape(reason));
		this.warnings.add(problem);
	}

	Set<Long> changedIds() {
		return this.changed;
	}

	LoadReport report(Instant finishedAt, long millis) {
		return new LoadReport(finishedAt, millis, this.loaded, this.unchanged, this.removed, this.errors.size(),
				this.errors, this.warnings);
	}

}
