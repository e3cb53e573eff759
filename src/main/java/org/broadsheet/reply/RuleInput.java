package org.broadsheet.reply;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.modulith.NamedInterface;

/**
 * What a reply rule reads that rarely changes (blocked posters, authors with an approved
 * reply), kept in memory so posting asks the database nothing for it. The owner calls
 * {@link #forget()} after every committed change (here or, in a cluster, on another
 * instance); until a fresh copy has loaded in the background, {@link #current()} is empty
 * and the rule asks the database itself, so no answer is older than the last change
 * announced.
 *
 * @param <T> the kept value
 */
@NamedInterface("api")
public final class RuleInput<T> {

	private static final Log logger = LogFactory.getLog(RuleInput.class);

	private final String name;

	private final Supplier<T> loader;

	private final AtomicLong generation = new AtomicLong();

	private final AtomicBoolean loading = new AtomicBoolean();

	private volatile Snapshot<T> snapshot;

	/**
	 * @param name what is kept, for the log
	 * @param loader reads the value from the database
	 */
	public RuleInput(String name, Supplier<T> loader) {
		this.name = name;
		this.loader = loader;
	}

	/** The kept value, or empty while it is (re)loading. */
	public Optional<T> current() {
		Snapshot<T> kept = this.snapshot;
		if (kept != null && kept.generation() == this.generation.get()) {
			return Optional.of(kept.value());
		}
		reload();
		return Optional.empty();
	}

	/**
	 * The database changed: stop answering from the kept value until it is read again.
	 */
	public void forget() {
		this.generation.incrementAndGet();
	}

	/** Reads the value now, on the caller's thread (start-up, tests). */
	public void load() {
		long generation = this.generation.get();
		this.snapshot = new Snapshot<>(generation, this.loader.get());
	}

	private void reload() {
		if (!this.loading.compareAndSet(false, true)) {
			return;
		}
		CompletableFuture.runAsync(() -> {
			try {
				load();
			}
			catch (RuntimeException ex) {
				logger.warn("Could not read " + this.name + "; rules ask the database meanwhile: " + ex);
			}
			finally {
				this.loading.set(false);
			}
		});
	}

	private record Snapshot<T>(long generation, T value) {
	}

}
