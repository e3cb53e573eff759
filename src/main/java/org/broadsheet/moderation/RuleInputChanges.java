package org.broadsheet.moderation;

import org.broadsheet.reply.ApprovedAuthors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the reply rules' in-memory inputs that moderation changed them, once the change
 * has committed: a block or unblock, or any reply's status.
 */
@Component
class RuleInputChanges {

	private final BlockList blocks;

	private final ApprovedAuthors authors;

	RuleInputChanges(BlockList blocks, ApprovedAuthors authors) {
		this.blocks = blocks;
		this.authors = authors;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void onPostersBlocked(PostersBlocked blocked) {
		this.blocks.forget();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void onReplyModerated(ReplyModerated moderated) {
		this.authors.forget();
	}

}
