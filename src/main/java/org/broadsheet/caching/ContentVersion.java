package org.broadsheet.caching;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32C;

import org.broadsheet.article.ArticlesChanged;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The version of everything public pages show, as an HTTP validator. It moves when a
 * story changes ({@link ArticlesChanged}, after the change commits), when anything else
 * public changes ({@link #changed()}), when a scheduled story's time comes (no event
 * fires then, so upcoming publication times are kept and compared with the clock), and
 * with each start of the application (templates may have changed).
 */
@Component
public class ContentVersion {

	private final Clock clock;

	private final ScheduledArticles scheduled;

	private final Instant started;

	private final AtomicLong changes = new AtomicLong();

	private volatile Instant lastChange;

	private volatile Upcoming upcoming;

	ContentVersion(Clock clock, ScheduledArticles scheduled) {
		this.clock = clock;
		this.scheduled = scheduled;
		this.started = clock.instant();
		this.lastChange = this.started;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void onArticlesChanged(ArticlesChanged event) {
		changed();
	}

	/** Record that something public changed (call after the change is committed). */
	public void changed() {
		this.lastChange = this.clock.instant();
		this.changes.incrementAndGet();
	}

	/** The validator of the page at {@code pageKey} (path and query) as of now. */
	Validator validatorFor(String pageKey) {
		Instant now = this.clock.instant();
		Instant published = lastScheduledPublication(now);
		Instant modified = (published != null && published.isAfter(this.lastChange)) ? published : this.lastChange;
		CRC32C hash = new CRC32C();
		hash.update((this.started.toEpochMilli() + ":" + this.changes.get() + ":" + published + ":" + pageKey)
			.getBytes(StandardCharsets.UTF_8));
		String etag = "W/\"" + Long.toHexString(this.started.toEpochMilli()) + "-" + this.changes.get() + "-"
				+ Long.toHexString(hash.getValue()) + "\"";
		return new Validator(etag, modified.truncatedTo(ChronoUnit.SECONDS));
	}

	/** The latest scheduled publication that has come by {@code now}, if any. */
	private Instant lastScheduledPublication(Instant now) {
		long generation = this.changes.get();
		Upcoming known = this.upcoming;
		if (known == null || known.generation() != generation) {
			known = new Upcoming(generation, new TreeSet<>(this.scheduled.findUpcomingPublicationTimes(now)));
			this.upcoming = known;
		}
		return known.times().floor(now);
	}

	/** Publication times still to come, as known after a given number of changes. */
	private record Upcoming(long generation, NavigableSet<Instant> times) {

	}

	/**
	 * An entity tag and last-modified time.
	 *
	 * @param etag the weak entity tag
	 * @param lastModified whole seconds, as HTTP dates carry
	 */
	record Validator(String etag, Instant lastModified) {

	}

}
