package org.broadsheet.article;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * The desks that have at least one public story, for the navigation on every page. Kept
 * in memory so a page costs no extra query; forgotten when stories change, when the next
 * scheduled story comes out, and at the latest after a minute.
 */
@NamedInterface("api")
@Component
public class PublicDesks {

	private static final Duration MAX_AGE = Duration.ofMinutes(1);

	private static final Comparator<Desk> BY_NAME = Comparator.comparing(Desk::name, String.CASE_INSENSITIVE_ORDER)
		.thenComparing(Desk::slug);

	private final ArticleRepository articles;

	private final Clock clock;

	private final ReentrantLock loading = new ReentrantLock();

	private volatile Snapshot snapshot;

	PublicDesks(ArticleRepository articles, Clock clock) {
		this.articles = articles;
		this.clock = clock;
	}

	/** Desks with public stories now, by name, one per slug. */
	public List<Desk> current() {
		Instant now = this.clock.instant();
		Snapshot current = this.snapshot;
		if (current != null && now.isBefore(current.validUntil())) {
			return current.desks();
		}
		// an expired list is reloaded by one request while the others show it a moment
		// longer; after a change (none kept) they wait for that one load instead of
		// each scanning the stories at once
		if (current != null && !this.loading.tryLock()) {
			return current.desks();
		}
		if (current == null) {
			this.loading.lock();
		}
		try {
			Snapshot loaded = this.snapshot;
			if (loaded == null || !now.isBefore(loaded.validUntil())) {
				loaded = load(now);
				this.snapshot = loaded;
			}
			return loaded.desks();
		}
		finally {
			this.loading.unlock();
		}
	}

	/** Forgets the desks, so the next request reads them afresh (after a change). */
	public void forget() {
		this.snapshot = null;
	}

	private Snapshot load(Instant now) {
		Map<String, Desk> bySlug = new LinkedHashMap<>();
		this.articles.findPublicDesks(now)
			.stream()
			.filter((desk) -> desk.slug() != null && !desk.slug().isEmpty())
			.sorted(BY_NAME)
			.forEach((desk) -> bySlug.putIfAbsent(desk.slug(), desk));
		Instant validUntil = now.plus(MAX_AGE);
		Instant next = this.articles.findNextPublicationAfter(now).orElse(null);
		if (next != null && next.isBefore(validUntil)) {
			validUntil = next;
		}
		return new Snapshot(List.copyOf(bySlug.values()), validUntil);
	}

	private record Snapshot(List<Desk> desks, Instant validUntil) {

	}

}
