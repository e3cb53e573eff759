package org.broadsheet.moderation;

import java.util.Set;
import java.util.stream.Collectors;

import org.broadsheet.reply.RuleInput;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The blocked emails and addresses, kept in memory for the blocked-poster rule and
 * forgotten after every block or unblock, here or on another instance.
 */
@Component
public class BlockList {

	private final JdbcClient jdbc;

	private final RuleInput<Set<String>> blocked;

	BlockList(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.blocked = new RuleInput<>("blocked posters", this::load);
	}

	boolean contains(BlockedPoster.Kind kind, String valueHash) {
		return this.blocked.current()
			.map((known) -> known.contains(key(kind.name(), valueHash)))
			.orElseGet(() -> this.jdbc.sql("select count(*) from blocked_poster where kind = ? and value_hash = ?")
				.params(kind.name(), valueHash)
				.query(Long.class)
				.single() > 0);
	}

	/** Posters were blocked or unblocked here: read the list again before trusting it. */
	@TransactionalEventListener(fallbackExecution = true)
	void onPostersBlocked(PostersBlocked change) {
		forget();
	}

	/** Posters were blocked or unblocked: read the list again before trusting it. */
	public void forget() {
		this.blocked.forget();
	}

	private Set<String> load() {
		return this.jdbc.sql("select kind, value_hash from blocked_poster")
			.query((row, n) -> key(row.getString(1), row.getString(2)))
			.stream()
			.collect(Collectors.toUnmodifiableSet());
	}

	private static String key(String kind, String valueHash) {
		return kind + ":" + valueHash;
	}

}
