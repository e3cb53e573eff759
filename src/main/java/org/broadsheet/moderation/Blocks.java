package org.broadsheet.moderation;

import java.time.Clock;
import java.util.List;

import org.broadsheet.reply.Reply;
import org.broadsheet.reply.ReplyService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Blocking posters from a reply in the queue, and undoing it. Both are audited.
 */
@Service
class Blocks {

	private final BlockedPosterRepository blocked;

	private final ReplyService replies;

	private final AuditEntryRepository audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Blocks(BlockedPosterRepository blocked, ReplyService replies, AuditEntryRepository audit, Clock clock,
			ApplicationEventPublisher events) {
		this.blocked = blocked;
		this.replies = replies;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	@Transactional(readOnly = true)
	List<BlockedPoster> all() {
		return this.blocked.findAllByOrderByCreatedAtDescIdDesc();
	}

	/**
	 * Blocks the reply's email and/or address; answers how many new blocks were added.
	 */
	@Transactional
	int block(long replyId, boolean email, boolean address, String moderator) {
		Reply reply = this.replies.find(replyId).orElseThrow(ReplyNotFoundException::new);
		int added = 0;
		String email0 = reply.getAuthorEmail();
		if (email && email0 != null && !email0.isBlank()) {
			added += add(BlockedPoster.Kind.EMAIL, BlockedPoster.emailHash(email0),
					BlockedPoster.maskEmail(email0) + " (" + reply.getAuthorName() + ")", moderator);
		}
		String ipHash = reply.getIpHash();
		if (address && ipHash != null && !ipHash.isBlank()) {
			added += add(BlockedPoster.Kind.ADDRESS, ipHash,
					ipHash.substring(0, Math.min(8, ipHash.length())) + " (" + reply.getAuthorName() + ")", moderator);
		}
		if (added > 0) {
			this.audit.save(
					new AuditEntry(reply, ModerationAction.BLOCK, reply.getStatus(), moderator, this.clock.instant()));
			this.events.publishEvent(new PostersBlocked(added));
		}
		return added;
	}

	@Transactional
	void unblock(long blockId) {
		BlockedPoster poster = this.blocked.findById(blockId).orElseThrow(ReplyNotFoundException::new);
		this.blocked.delete(poster);
		this.events.publishEvent(new PostersBlocked(-1));
	}

	private int add(BlockedPoster.Kind kind, String hash, String label, String moderator) {
		if (this.blocked.existsByKindAndValueHash(kind, hash)) {
			return 0;
		}
		this.blocked.save(new BlockedPoster(kind, hash, label, moderator, this.clock.instant()));
		return 1;
	}

}
