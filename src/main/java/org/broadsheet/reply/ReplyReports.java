package org.broadsheet.reply;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Readers' reports: one per reader per reply, no account needed. Enough reports take an
 * approved reply back to the queue, "reported by readers".
 */
@Service
class ReplyReports {

	static final String REASON = "reported by readers";

	private final ReplyRepository replies;

	private final JdbcTemplate jdbc;

	private final ReplyProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReplyReports(ReplyRepository replies, JdbcTemplate jdbc, ReplyProperties properties, Clock clock,
			ApplicationEventPublisher events) {
		this.replies = replies;
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Record a report of an approved reply of this story.
	 * @return false when there is no such approved reply
	 */
	@Transactional
	boolean report(long articleId, long replyId, String reporterHash) {
		Reply reply = this.replies.findById(replyId)
			.filter((candidate) -> candidate.isApproved() && candidate.getArticleId() == articleId)
			.orElse(null);
		if (reply == null) {
			return false;
		}
		Integer already = this.jdbc.queryForObject(
				"select count(*) from reply_report where reply_id = ? and reporter_hash = ?", Integer.class, replyId,
				reporterHash);
		if (already != null && already > 0) {
			return true;
		}
		this.jdbc.update("insert into reply_report (reply_id, reporter_hash, created_at) values (?, ?, ?)", replyId,
				reporterHash, Timestamp.from(this.clock.instant()));
		reply.reported();
		if (reply.getReportCount() >= this.properties.reportsToHold()) {
			reply.holdForModeration(REASON);
			this.events.publishEvent(new RepliesChanged(articleId));
		}
		return true;
	}

}
