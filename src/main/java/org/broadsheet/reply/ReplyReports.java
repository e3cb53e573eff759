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
	 * Record a report of an approved reply of this story. Counting and holding are single
	 * conditional updates, so reports arriving at once are all counted and the reply is
	 * held exactly once.
	 * @return false when there is no such approved reply
	 */
	@Transactional
	boolean report(long articleId, long replyId, String reporterHash) {
		boolean approved = this.replies.findById(replyId)
			.filter((candidate) -> candidate.isApproved() && candidate.getArticleId() == articleId)
			.isPresent();
		if (!approved) {
			return false;
		}
		int added = this.jdbc.update(
				"insert into reply_report (reply_id, reporter_hash, created_at) select ?, ?, ? where not exists"
						+ " (select 1 from reply_report where reply_id = ? and reporter_hash = ?)",
				replyId, reporterHash, Timestamp.from(this.clock.instant()), replyId, reporterHash);
		if (added == 0) {
			return true;
		}
		this.jdbc.update("update reply set report_count = report_count + 1 where id = ?", replyId);
		int held = this.jdbc.update(
				"update reply set status = ?, reason = ?, version = version + 1 where id = ? and status = ?"
						+ " and report_count >= ?",
				ReplyStatus.PENDING.name(), REASON, replyId, ReplyStatus.APPROVED.name(),
				this.properties.reportsToHold());
		if (held > 0) {
			this.events.publishEvent(new RepliesChanged(articleId));
		}
		return true;
	}

}
