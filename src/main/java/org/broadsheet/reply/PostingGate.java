package org.broadsheet.reply;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Atomic claims on keys (a client address, a reply's text by one email) that close the
 * gap between a rule's database check and the insert that follows it: of several posts
 * racing on one key in this instance, exactly one claims it. Other keys never wait. The
 * database check still covers posts made by other instances or before a restart.
 */
@Component
class PostingGate {

	/** Expired claims are swept once this many keys are held. */
	static final int SWEEP_ABOVE = 10_000;

	private final ConcurrentMap<String, Instant> claims = new ConcurrentHashMap<>();

	/**
	 * Claims a key until a moment, unless another post holds it.
	 * @return empty when claimed, else when the current claim ends
	 */
	Optional<Instant> claim(String key, Instant now, Instant until) {
		Instant[] holder = new Instant[1];
		this.claims.compute(key, (k, current) -> {
			if (current != null && current.isAfter(now)) {
				holder[0] = current;
				return current;
			}
			return until;
		});
		if (this.claims.size() > SWEEP_ABOVE) {
			this.claims.values().removeIf((end) -> !end.isAfter(now));
		}
		return Optional.ofNullable(holder[0]);
	}

	/** Gives a claim back (only the claim made with this end). */
	void release(String key, Instant until) {
		this.claims.remove(key, until);
	}

	/**
	 * Gives a claim back when the current transaction ends: always, or only when it rolls
	 * back. Without a transaction the claim simply runs out.
	 */
	void releaseAfterTransaction(String key, Instant until, boolean evenOnCommit) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCompletion(int status) {
				if (evenOnCommit || status != STATUS_COMMITTED) {
					release(key, until);
				}
			}

		});
	}

}
