package org.broadsheet.moderation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.broadsheet.reply.Reply;
import org.broadsheet.reply.ReplyService;
import org.broadsheet.reply.ReplyStatus;
import org.broadsheet.reply.StaffReplies;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the queue: counts per status and one page of a tab, newest first.
 */
@Service
class ModerationQueue {

	static final int PAGE_SIZE = 50;

	private final StaffReplies replies;

	private final ReplyService service;

	ModerationQueue(StaffReplies replies, ReplyService service) {
		this.replies = replies;
		this.service = service;
	}

	/**
	 * A tab of the queue with its count.
	 *
	 * @param status the status it lists
	 * @param count how many replies have it
	 */
	public record Tab(ReplyStatus status, long count) {

		public String slug() {
			return this.status.name().toLowerCase(Locale.ROOT);
		}

	}

	@Transactional(readOnly = true)
	List<Tab> tabs() {
		return Arrays.stream(ReplyStatus.values())
			.map((status) -> new Tab(status, this.replies.count(status)))
			.toList();
	}

	@Transactional(readOnly = true)
	Page<QueueRow> page(ReplyStatus status, int page) {
		Page<Reply> found = StaffPages.within(page, (pageable) -> this.replies.inStatus(status, pageable));
		Set<Long> parentIds = found.stream()
			.map(Reply::getParentId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		Map<Long, Reply> parents = this.replies.findAll(parentIds)
			.stream()
			.collect(Collectors.toMap(Reply::getId, Function.identity()));
		return found.map((reply) -> QueueRow.of(reply, parents.get(reply.getParentId())));
	}

	@Transactional(readOnly = true)
	QueueRow row(long replyId) {
		Reply reply = this.service.find(replyId).orElseThrow(ReplyNotFoundException::new);
		Reply parent = (reply.getParentId() != null) ? this.service.find(reply.getParentId()).orElse(null) : null;
		return QueueRow.of(reply, parent);
	}

}
