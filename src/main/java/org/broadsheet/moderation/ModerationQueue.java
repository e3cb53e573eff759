package org.broadsheet.moderation;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.broadsheet.reply.Reply;
import org.broadsheet.reply.ReplyRepository;
import org.broadsheet.reply.ReplyStatus;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the queue: counts per status and one page of a tab, newest first.
 */
@Service
class ModerationQueue {

	static final int PAGE_SIZE = 50;

	private final ReplyRepository replies;

	ModerationQueue(ReplyRepository replies) {
		this.replies = replies;
	}

	@Transactional(readOnly = true)
	Map<ReplyStatus, Long> counts() {
		Map<ReplyStatus, Long> counts = new EnumMap<>(ReplyStatus.class);
		for (ReplyStatus status : ReplyStatus.values()) {
			counts.put(status, this.replies.countByStatus(status));
		}
		return counts;
	}

	@Transactional(readOnly = true)
	Page<QueueRow> page(ReplyStatus status, int page) {
		Page<Reply> found = this.replies.findByStatusOrderByCreatedAtDescIdDesc(status,
				PageRequest.of(Math.max(0, page), PAGE_SIZE));
		Set<Long> parentIds = found.stream()
			.map(Reply::getParentId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		Map<Long, Reply> parents = this.replies.findAllById(parentIds)
			.stream()
			.collect(Collectors.toMap(Reply::getId, Function.identity()));
		return found.map((reply) -> QueueRow.of(reply, parents.get(reply.getParentId())));
	}

	@Transactional(readOnly = true)
	QueueRow row(long replyId) {
		Reply reply = this.replies.findById(replyId).orElseThrow(ReplyNotFoundException::new);
		Reply parent = (reply.getParentId() != null) ? this.replies.findById(reply.getParentId()).orElse(null) : null;
		return QueueRow.of(reply, parent);
	}

}
