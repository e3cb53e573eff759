package org.broadsheet.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.annotation.PreDestroy;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadsheet.article.ArticleLookup;
import org.broadsheet.article.ArticlesChanged;
import org.broadsheet.article.SourceFingerprint;
import org.broadsheet.cluster.ClusterLock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Loads the story files of the content folder into articles. Idempotent: unchanged files
 * are skipped by their stamp (size and modification time) without reading, or by their
 * fingerprint without parsing. Files are read and parsed on a few threads while this one
 * stores them in path order, a few stories per transaction; when a transaction fails its
 * stories are stored again one by one, so a broken file is logged and skipped while
 * everything else stays. Runs never overlap, in this instance or across the cluster:
 * another instance's run makes this one skip, to be tried again shortly.
 */
@Service
public class ContentLoader {

	private static final Log logger = LogFactory.getLog(ContentLoader.class);

	/** Stories per transaction. */
	static final int BATCH = 50;

	/** The cluster-wide lock one importer holds at a time. */
	public static final long IMPORT_LOCK = 0x62726F6164736865L;

	private final ContentProperties properties;

	private final StoryParser parser;

	private final ArticleWriter writer;

	private final BatchWriter batches;

	private final ArticleLookup articles;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ContentMetrics metrics;

	private final ClusterLock cluster;

	private final ReentrantLock lock = new ReentrantLock();

	private volatile boolean skipped;

	private volatile LoadReport lastReport;

	private volatile boolean closing;

	ContentLoader(ContentProperties properties, StoryParser parser, ArticleWriter writer, LoadContext context) {
		this.properties = properties;
		this.parser = parser;
		this.writer = writer;
		this.batches = new BatchWriter(writer, displayDir());
		this.articles = context.articles();
		this.events = context.events();
		this.clock = context.clock();
		this.metrics = context.metrics();
		this.cluster = context.cluster();
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
			Optional<LoadReport> report = this.cluster.whileHolding(IMPORT_LOCK, this::run);
			this.skipped = report.isEmpty();
			if (this.skipped) {
				logger.info("Content import skipped: another instance is importing " + displayDir()
						+ "; trying again shortly");
				return LoadReport.skipped(this.clock.instant());
			}
			return report.get();
		}
		finally {
			this.lock.unlock();
		}
	}

	/** Whether the last load was skipped because another instance was importing. */
	boolean skipped() {
		return this.skipped;
	}

	private LoadReport run() {
		LoadRun run = new LoadRun(displayDir());
		long started = System.nanoTime();
		loadInto(run);
		LoadReport report = run.report(this.clock.instant(), (System.nanoTime() - started) / 1_000_000);
		logger.info(report.summary());
		this.metrics.record(report);
		if (!run.changedIds().isEmpty()) {
			this.events.publishEvent(new ArticlesChanged(Set.copyOf(run.changedIds())));
		}
		this.lastReport = report;
		return report;
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
		LoadBatch batch = new LoadBatch(run, byPath, new HashSet<>(paths), this.writer.startRun(), new ArrayList<>(),
				new NameClashes(this.articles::namesWithSlug));
		LoadProgress progress = new LoadProgress(paths.size());
		try (StoryReaderPool<FileRead> reads = new StoryReaderPool<>(paths, StoryReaderPool.defaultThreads(), BATCH,
				(path) -> FileRead.of(root, path, byPath.get(path), this.parser))) {
			while (reads.hasNext()) {
				if (this.closing) {
					return;
				}
				accept(batch, reads.next());
				progress.fileDone();
			}
		}
		this.batches.store(batch, batch.stories());
		List<String> taken = List.copyOf(batch.taken());
		batch.taken().clear();
		for (String path : taken) {
			run.retry(path);
			batch.retried().add(path);
			accept(batch, FileRead.of(root, path, null, this.parser));
			this.batches.store(batch, batch.stories());
		}
		removeVanished(run, byPath, batch.existing());
		this.writer.restamp(batch.restamps());
	}

	private void accept(LoadBatch batch, FileRead read) {
		LoadRun run = batch.run();
		String path = read.path();
		if (read.failure() != null) {
			run.fail(path, read.line(), read.failure());
		}
		else if (read.unchanged()) {
			SourceFingerprint known = batch.byPath().get(path);
			if (read.restamp() != null) {
				batch.restamps().put(known.id(), read.restamp());
			}
			if (known.removed() && this.writer.setRemoved(known.id(), false)) {
				run.loaded(known.id());
			}
			else {
				run.unchanged(known.id());
			}
		}
		else {
			read.story().parsed().warnings().forEach((warning) -> run.warn(path, warning.line(), warning.reason()));
			batch.clashes()
				.check(path, read.story().meta(), read.story().file().text())
				.forEach((warning) -> run.warn(path, warning.line(), warning.reason()));
			batch.stories().add(read.story());
			if (batch.stories().size() >= BATCH) {
				this.batches.store(batch, batch.stories());
			}
		}
	}

	private void removeVanished(LoadRun run, Map<String, SourceFingerprint> byPath, Set<String> existing) {
		for (SourceFingerprint fingerprint : byPath.values()) {
			if (!fingerprint.removed() && !existing.contains(fingerprint.sourcePath()) && !run.touched(fingerprint.id())
					&& this.writer.setRemoved(fingerprint.id(), true)) {
				run.removed(fingerprint.id());
			}
		}
	}

	/** Stops a run in progress at the next file when the application shuts down. */
	@PreDestroy
	void close() {
		this.closing = true;
	}

	private Map<String, SourceFingerprint> fingerprints() {
		Map<String, SourceFingerprint> byPath = new HashMap<>();
		for (SourceFingerprint fingerprint : this.articles.sourceFingerprints()) {
			byPath.merge(fingerprint.sourcePath(), fingerprint, (a, b) -> (a.removed() && !b.removed()) ? b : a);
		}
		return byPath;
	}

	private String displayDir() {
		return this.properties.dir().toString().replace('\\', '/');
	}

}
