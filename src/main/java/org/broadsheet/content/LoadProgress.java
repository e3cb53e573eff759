package org.broadsheet.content;

import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Tells the log how far a long run has come, at most once per interval ("Loading content:
 * 4,200 of 10,000 files"), so a cold start of many stories does not look hung.
 */
final class LoadProgress {

	static final Duration INTERVAL = Duration.ofSeconds(10);

	private static final Log logger = LogFactory.getLog(ContentLoader.class);

	private final int total;

	private final long intervalNanos;

	private final LongSupplier nanoTime;

	private long lastLogged;

	private int done;

	LoadProgress(int total) {
		this(total, INTERVAL, System::nanoTime);
	}

	LoadProgress(int total, Duration interval, LongSupplier nanoTime) {
		this.total = total;
		this.intervalNanos = interval.toNanos();
		this.nanoTime = nanoTime;
		this.lastLogged = nanoTime.getAsLong();
	}

	/** One more file read; logs when the interval has passed since the last line. */
	void fileDone() {
		this.done++;
		long now = this.nanoTime.getAsLong();
		if (now - this.lastLogged >= this.intervalNanos && this.done < this.total) {
			this.lastLogged = now;
			logger.info(line());
		}
	}

	String line() {
		return String.format(Locale.ROOT, "Loading content: %,d of %,d files", this.done, this.total);
	}

}
