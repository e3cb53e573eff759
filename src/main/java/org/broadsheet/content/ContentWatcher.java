package org.broadsheet.content;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadsheet.article.ArticleLookup;
import org.broadsheet.web.LogText;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Loads the content folder at start-up, then watches it (sub-folders too, new ones
 * included) and reloads once the folder has been quiet for the debounce time. The first
 * load on an empty database runs once the context is up (liveness UP) and before the
 * application is ready: readiness stays DOWN until it has finished, so a cold start of
 * many stories is visible as "starting", not as missing pages; with stories stored, the
 * portal is ready at once and the folder is checked in the background. The watcher is a
 * daemon thread, stopped on shutdown. A load skipped because another instance was
 * importing is tried again every few seconds until it runs (so a holder that died
 * mid-import is finished by another).
 */
@Component
class ContentWatcher implements ApplicationRunner, DisposableBean {

	private static final Log logger = LogFactory.getLog(ContentWatcher.class);

	private final ContentLoader loader;

	private final ContentProperties properties;

	private volatile WatchService watchService;

	private volatile boolean running;

	private final ApplicationEventPublisher events;

	private final ArticleLookup articles;

	ContentWatcher(ContentLoader loader, ContentProperties properties, ApplicationEventPublisher events,
			ArticleLookup articles) {
		this.loader = loader;
		this.properties = properties;
		this.events = events;
		this.articles = articles;
	}

	/**
	 * Boot declares the application ready (accepting traffic) once every runner has
	 * returned. On a first start (nothing stored) readiness stays DOWN until the first
	 * load has finished. When stories are stored from an earlier start, the portal serves
	 * them at once and checks the folder in the background: unchanged files cost a
	 * fingerprint each, and a changed one shows as soon as it is stored, as with any
	 * later edit.
	 */
	@Override
	public void run(ApplicationArguments args) {
		if (this.articles.anyStored()) {
			Thread check = new Thread(this::checkInBackground, "content-start-check");
			check.setDaemon(true);
			check.start();
			return;
		}
		AvailabilityChangeEvent.publish(this.events, this, ReadinessState.REFUSING_TRAFFIC);
		loadThenWatch();
	}

	private void checkInBackground() {
		try {
			loadThenWatch();
		}
		catch (RuntimeException ex) {
			logger.error("Checking the content folder at start-up failed; stored stories are served", ex);
		}
	}

	private void loadThenWatch() {
		try {
			this.loader.load();
		}
		finally {
			this.running = true;
		}
		Path root = this.properties.dir();
		if (!this.properties.watch().enabled() || !Files.isDirectory(root)) {
			return;
		}
		try {
			this.watchService = FileSystems.getDefault().newWatchService();
			register(root);
		}
		catch (IOException ex) {
			logger.warn("Cannot watch " + LogText.escape(root) + " for changes: " + LogText.escape(ex.getMessage()));
			return;
		}
		Thread thread = new Thread(this::watch, "content-watcher");
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public void destroy() {
		this.running = false;
		WatchService service = this.watchService;
		if (service != null) {
			try {
				service.close();
			}
			catch (IOException ex) {
				logger.debug("Closing the content watcher failed", ex);
			}
		}
	}

	/** An import skipped while another instance held the lock is tried again. */
	@Scheduled(fixedDelayString = "${broadsheet.cluster.import-retry:5s}",
			initialDelayString = "${broadsheet.cluster.import-retry:5s}")
	void retrySkippedImport() {
		if (this.running && this.loader.skipped()) {
			this.loader.load();
		}
	}

	private void watch() {
		long quietMillis = Math.max(1, this.properties.watch().debounce().toMillis());
		try {
			while (this.running) {
				WatchKey key = this.watchService.take();
				do {
					handle(key);
					key = this.watchService.poll(quietMillis, TimeUnit.MILLISECONDS);
				}
				while (key != null);
				try {
					this.loader.load();
				}
				catch (RuntimeException ex) {
					logger.error("Reloading content failed", ex);
				}
			}
		}
		catch (ClosedWatchServiceException | InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void handle(WatchKey key) {
		Path dir = (Path) key.watchable();
		for (WatchEvent<?> event : key.pollEvents()) {
			if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name) {
				Path child = dir.resolve(name);
				if (Files.isDirectory(child) && !ContentScanner.isHidden(child)) {
					try {
						register(child);
					}
					catch (IOException ex) {
						logger.warn("Cannot watch " + LogText.escape(child) + " for changes: "
								+ LogText.escape(ex.getMessage()));
					}
				}
			}
		}
		key.reset();
	}

	private void register(Path start) throws IOException {
		Files.walkFileTree(start, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
				if (!dir.equals(start) && ContentScanner.isHidden(dir)) {
					return FileVisitResult.SKIP_SUBTREE;
				}
				dir.register(ContentWatcher.this.watchService, StandardWatchEventKinds.ENTRY_CREATE,
						StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
				return FileVisitResult.CONTINUE;
			}

		});
	}

}
