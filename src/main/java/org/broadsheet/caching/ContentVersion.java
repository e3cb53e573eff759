package org.broadsheet.caching;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32C;

import org.springframework.stereotype.Component;

/**
 * The version of everything public pages show, as an HTTP validator. It moves when
 * {@link CacheEviction} sees a change committed here or on another instance, when a
 * scheduled story's time comes (no event fires then, so upcoming publication times are
 * kept and compared with the clock), with each start of the application (templates may
 * have changed), and at least once per validator lifetime (pages carry expiring form
 * tokens).
 */
@Component
class ContentVersion {

	private final Clock clock;

	private final ScheduledArticles scheduled;

	private final Instant started;

	private final AtomicLong changes = new AtomicLong();

	private volatile Instant lastChange;

	private volatile Upcoming upcoming;

	private final long lifetimeMillis;

	ContentVersion(Clock clock, ScheduledArticles scheduled, CachingProperties properties) {
		this.clock = clock;
		this.scheduled = scheduled;
		this.lifetimeMillis = Math.max(1000, properties.validatorLifetime().toMillis());
		this.started = clock.instant();
		this.lastChange = this.started;
	}

	/** Record that something public changed (call after the change is committed). */
	void changed() {
		this.lastChange = this.clock.instant();
		this.changes.incrementAndGet();
	}

	/** The validator of the page at {@code pageKey} (path and query) as of now. */
	Validator validatorFor(String pageKey) {
		Instant now = this.clock.instant();
		Instant published = lastScheduledPublication(now);
		Instant modified = (published != null && published.isAfter(this.lastChange)) ? published : this.lastChange;
		long period = now.toEpochMilli() / this.lifetimeMillis;
		Instant periodStart = Instant.ofEpochMilli(period * this.lifetimeMillis);
		modified = periodStart.isAfter(modified) ? periodStart : modified;
		CRC32C hash = new CRC32C();
		hash.update((this.started.toEpochMilli() + ":" + this.changes.get() + ":" + published + ":" + period + ":"
				+ pageKey)
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
