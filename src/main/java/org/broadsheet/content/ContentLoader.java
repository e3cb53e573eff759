package org.broadsheet.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.annotation.PreDestroy;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadsheet.article.ArticleRepository;
import org.broadsheet.article.ArticlesChanged;
import org.broadsheet.article.SourceFingerprint;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Loads the story files of the content folder into articles. Idempotent: unchanged files
 * are skipped by their fingerprint without parsing; each file is stored in its own
 * transaction; a broken file is logged and skipped while everything stored stays. Runs
 * never overlap.
 */
@Service
public class ContentLoader {

	private static final Log logger = LogFactory.getLog(ContentLoader.class);

	private final ContentProperties properties;

	private final StoryParser parser;

	private final ArticleWriter writer;

	private final ArticleRepository articles;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ReentrantLock lock = new ReentrantLock();

	private volatile LoadReport lastReport;

	private volatile boolean closing;

	ContentLoader(ContentProperties properties, StoryParser parser, ArticleWriter writer, LoadContext context) {
		this.properties = properties;
		this.parser = parser;
		this.writer = writer;
		this.articles = context.articles();
		this.events = context.events();
		this.clock = context.clock();
	}

	/** The report of the last finished run, empty before the first one. */
	public Optional<LoadReport> lastReport() {
		return Optional.ofNullable(this.lastReport);
	}

	/**
	 * Loads the content folder now, waiting for a run in progress to finish first.
	 * @return what the run did
	 */
	public LoadReport load() {
		this.lock.lock();
		try {
			LoadRun run = new LoadRun(displayDir());
			long started = System.nanoTime();
			loadInto(run);
			LoadReport report = run.report(this.clock.instant(), (System.nanoTime() - started) / 1_000_000);
			logger.info(report.summary());
			if (!run.changedIds().isEmpty()) {
				this.events.publishEvent(new ArticlesChanged(Set.copyOf(run.changedIds())));
			}
			this.lastReport = report;
			return report;
		}
		finally {
			this.lock.unlock();
		}
	}

	/** Runs a change to the folder while no load runs, so both never interleave. */
	<T> T locked(java.util.function.Supplier<T> change) {
		this.lock.lock();
		try {
			return change.get();
		}
		finally {
			this.lock.unlock();
		}
	}

	private void loadInto(LoadRun run) {
		Path root = this.properties.dir();
		List<String> paths;
		try {
			paths = Files.isDirectory(root) ? ContentScanner.scan(root) : null;
		}
		catch (IOException ex) {
			paths = null;
		}
		if (paths == null) {
			logger.warn("Content folder " + displayDir() + " is missing or unreadable; nothing was loaded or removed");
			return;
		}
		Map<String, SourceFingerprint> byPath = fingerprints();
		this.writer.startRun();
		Set<String> existing = new HashSet<>(paths);
		List<String> taken = new ArrayList<>();
		for (String path : paths) {
			if (this.closing) {
				return;
			}
			loadFile(run, root, path, byPath.get(path), existing, taken);
		}
		for (String path : taken) {
			run.retry(path);
			loadFile(run, root, path, byPath.get(path), existing, null);
		}
		for (SourceFingerprint fingerprint : byPath.values()) {
			if (!fingerprint.removed() && !existing.contains(fingerprint.sourcePath()) && !run.touched(fingerprint.id())
					&& this.writer.setRemoved(fingerprint.id(), true)) {
				run.removed(fingerprint.id());
			}
		}
	}

	private void loadFile(LoadRun run, Path root, String path, SourceFingerprint known, Set<String> existing,
			List<String> taken) {
		try {
			StoryFile file = StoryFile.read(root, path, this.parser.salt());
			if (known != null && file.hash().equals(known.contentHash())) {
				if (known.removed() && this.writer.setRemoved(known.id(), false)) {
					run.loaded(known.id());
				}
				else {
					run.unchanged(known.id());
				}
				return;
			}
			Story story = this.parser.parse(file);
			story.parsed().warnings().forEach((warning) -> run.warn(path, warning.line(), warning.reason()));
			long id = this.writer.write(story, (known != null) ? known.id() : null, existing, displayDir());
			run.loaded(id);
		}
		catch (ContentException ex) {
			run.fail(path, ex.line(), ex.getMessage());
		}
		catch (SlugTakenException ex) {
			if (taken != null) {
				taken.add(path);
			}
			else {
				run.fail(path, ex.line(), ex.getMessage());
			}
		}
		catch (RuntimeException | StackOverflowError ex) {
			run.fail(path, 0, "could not be stored (" + ex.getClass().getSimpleName() + ")");
		}
	}

	/** Stops a run in progress at the next file when the application shuts down. */
	@PreDestroy
	void close() {
		this.closing = true;
	}

	private Map<String, SourceFingerprint> fingerprints() {
		Map<String, SourceFingerprint> byPath = new HashMap<>();
		for (SourceFingerprint fingerprint : this.articles.findSourceFingerprints()) {
			byPath.merge(fingerprint.sourcePath(), fingerprint, (a, b) -> (a.removed() && !b.removed()) ? b : a);
		}
		return byPath;
	}

	private String displayDir() {
		return this.properties.dir().toString().replace('\\', '/');
	}

	/** The counts and problems of one run; problems are logged as they happen. */
	private static final class LoadRun {

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
			logger.warn("Skipped " + problem.where() + ": " + reason);
			this.errors.add(problem);
		}

		void warn(String path, int line, String reason) {
			LoadProblem problem = new LoadProblem(this.dir + "/" + path, line, reason);
			logger.warn("Check " + problem.where() + ": " + reason);
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

}
