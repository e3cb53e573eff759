package org.broadsheet.reply;

import java.time.Duration;

import org.springframework.modulith.NamedInterface;

/**
 * What a rule decided: store the reply with a status, or refuse it (nothing is stored).
 */
@NamedInterface("api")
public sealed interface Verdict {

	static Verdict store(ReplyStatus status, String rule, String reason) {
		return new Store(status, rule, reason);
	}

	/**
	 * Store the reply.
	 *
	 * @param status its status
	 * @param rule the deciding rule's name
	 * @param reason why, for moderators
	 */
	record Store(ReplyStatus status, String rule, String reason) implements Verdict {
	}

	/**
	 * Refuse the reply and tell the poster why.
	 *
	 * @param refusal the kind of refusal
	 * @param retryAfter when the poster may try again ({@link Duration#ZERO} if any time)
	 */
	record Refuse(Refusal refusal, Duration retryAfter) implements Verdict {
	}

	/** Why a reply was refused. */
	enum Refusal {

		/** The same text by the same email on the same story: 409. */
		DUPLICATE,

		/** Too many replies from one address: 429. */
		FLOOD

	}

}
