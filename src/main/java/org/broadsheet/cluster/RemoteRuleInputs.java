package org.broadsheet.cluster;

import org.broadsheet.moderation.BlockList;
import org.broadsheet.reply.ApprovedAuthors;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Another instance changed replies or blocks: the reply rules' in-memory inputs here are
 * read again before they are trusted.
 */
@Component
class RemoteRuleInputs {

	private final BlockList blocks;

	private final ApprovedAuthors authors;

	RemoteRuleInputs(BlockList blocks, ApprovedAuthors authors) {
		this.blocks = blocks;
		this.authors = authors;
	}

	@EventListener
	void onRemoteChange(RemoteChange change) {
		if (change.kind() == RemoteChange.Kind.BLOCKS || change.kind() == RemoteChange.Kind.ALL) {
			this.blocks.forget();
		}
		if (change.kind() == RemoteChange.Kind.REPLIES || change.kind() == RemoteChange.Kind.ALL) {
			this.authors.forget();
		}
	}

}
