package org.broadsheet.mail;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The notice table: what someone is to be told, written in the transaction of the event
 * that caused it (the caller's transaction), and grouped into messages by the worker.
 * Forgetting an address removes its notices and its messages alike.
 */
@Component
class MailNotices {

	private final JdbcTemplate jdbc;

	MailNotices(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A recipient with notices of one kind not yet in a message, and the oldest's time.
	 */
	record Waiting(NoticeKind kind, String recipientKey, Instant oldest) {
	}

	/** One notice not yet in a message. */
	record Open(long id, String recipient, Long replyId, Instant createdAt) {
	}

	/** Records a notice unless the same one (kind, recipient, reply) exists. */
	void record(NoticeKind kind, Recipient to, Long replyId, Instant now) {
		if (replyId != null && this.jdbc.queryForObject(
				"select count(*) from mail_notice where kind = ? and recipient_key = ? and reply_id = ?", Integer.class,
				kind.name(), to.key(), replyId) > 0) {
			return;
		}
		this.jdbc.update(
				"insert into mail_notice (kind, recipient, recipient_key, reply_id, created_at) values (?, ?, ?, ?, ?)",
				kind.name(), to.email(), to.key(), replyId, Timestamp.from(now));
	}

	List<Waiting> waiting() {
		return this.jdbc.query(
				"select kind, recipient_key, min(created_at) as oldest from mail_notice where message_id is null"
						+ " group by kind, recipient_key order by oldest",
				(rs, n) -> new Waiting(NoticeKind.valueOf(rs.getString(1)), rs.getString(2),
						rs.getTimestamp(3).toInstant()));
	}

	List<Open> open(NoticeKind kind, String recipientKey) {
		return this.jdbc.query(
				"select id, recipient, reply_id, created_at from mail_notice where message_id is null"
						+ " and kind = ? and recipient_key = ? order by id",
				(rs, n) -> new Open(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3, Long.class),
						rs.getTimestamp(4).toInstant()),
				kind.name(), recipientKey);
	}

	/**
	 * Puts the notices into the message; false when another sender took any of them first
	 * (the caller then rolls back).
	 */
	boolean claim(List<Long> ids, long messageId) {
		int claimed = 0;
		for (Long id : ids) {
			claimed += this.jdbc.update("update mail_notice set message_id = ? where id = ? and message_id is null",
					messageId, id);
		}
		return claimed == ids.size();
	}

	/** MailNotices that will never be sent (their reply no longer needs telling). */
	void drop(List<Long> ids) {
		for (Long id : ids) {
			this.jdbc.update("update mail_notice set message_id = 0 where id = ? and message_id is null", id);
		}
	}

	/** Drops what was not yet sent to the address (its owner unsubscribed). */
	void forgetUnsent(String recipientKey) {
		this.jdbc.update("delete from mail_notice where recipient_key = ? and message_id is null", recipientKey);
		this.jdbc.update("delete from mail_message where recipient_key = ? and status <> 'SENT'", recipientKey);
	}

	/** Deletes every notice and message to the address (the reader's data is erased). */
	void erase(String recipientKey) {
		this.jdbc.update("delete from mail_notice where recipient_key = ?", recipientKey);
		this.jdbc.update("delete from mail_message where recipient_key = ?", recipientKey);
	}

}
