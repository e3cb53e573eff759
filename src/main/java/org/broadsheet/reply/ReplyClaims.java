package org.broadsheet.reply;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Claims on keys (a client address, a reply's text by one email) held in the database, so
 * a rule's decision is atomic across threads and instances alike: the claim row's primary
 * key lets exactly one of several posts racing on a key insert it, or take over an
 * expired one. A claim is made inside the posting transaction; a post that is refused
 * rolls it back, and a competitor waiting on the row then gets its turn.
 */
@Component
class ReplyClaims {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ReplyClaims(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Claims a key until a moment, unless an unexpired claim on it exists.
	 * @return empty when claimed, else when the current claim ends
	 */
	Optional<Instant> claim(Kind kind, String key, Instant now, Instant until) {
		OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
		OffsetDateTime end = until.atOffset(ZoneOffset.UTC);
		// a key seen for the first time (the common case) costs one statement
		int inserted = this.jdbc.update("insert into reply_claim (kind, claim_key, claimed_at, expires_at)"
				+ " values (?, ?, ?, ?) on conflict do nothing", kind.name(), key, at, end);
		if (inserted == 1) {
			return Optional.empty();
		}
		int renewed = this.jdbc.update("update reply_claim set claimed_at = ?, expires_at = ?"
				+ " where kind = ? and claim_key = ? and expires_at <= ?", at, end, kind.name(), key, at);
		if (renewed == 1) {
			return Optional.empty();
		}
		List<OffsetDateTime> held = this.jdbc.queryForList(
				"select expires_at from reply_claim where kind = ? and claim_key = ?", OffsetDateTime.class,
				kind.name(), key);
		return Optional.of(held.isEmpty() ? until : held.get(0).toInstant());
	}

	/** Forgets ended claims, on one instance of the cluster per run. */
	@Scheduled(fixedDelayString = "${broadsheet.replies.claim-sweep-interval:10m}", initialDelayString = "1m")
	@SchedulerLock(name = "reply-claim-sweep", lockAtMostFor = "5m")
	void sweepEnded() {
		sweep(this.clock.instant().minus(Duration.ofMinutes(1)));
	}

	/** Forgets claims that ended before a moment; returns how many. */
	int sweep(Instant before) {
		return this.jdbc.update("delete from reply_claim where expires_at < ?", before.atOffset(ZoneOffset.UTC));
	}

	/** What a claim is on. */
	enum Kind {

		/** A client address (the flood rule). */
		FLOOD,

		/** A text by one email on one story (the duplicate rule). */
		DUPLICATE

	}

}
