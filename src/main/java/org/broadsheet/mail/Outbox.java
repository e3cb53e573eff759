package org.broadsheet.mail;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * The table of rendered messages. A message is claimed by one atomic update that only
 * succeeds while it is due (queued and its back-off over) or its last sender's lease ran
 * out, so however many instances poll, one sends it; a sender that crashes mid-send
 * leaves one message to be sent again when the lease ends.
 */
@Component
class Outbox {

	private final JdbcTemplate jdbc;

	Outbox(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A message as the sender needs it. */
	record Message(long id, NoticeKind kind, String recipient, String subject, String text, String html,
			String unsubscribeUrl, int attempts, Instant createdAt) {
	}

	/** Queues a message for sending now; answers its id. */
	long queue(NoticeKind kind, Recipient to, MailComposer.Composed mail, String unsubscribeUrl, Instant now) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			PreparedStatement insert = connection.prepareStatement("insert into mail_message (kind, recipient,"
					+ " recipient_key, subject, text_body, html_body, unsubscribe_url, next_attempt_at, created_at)"
					+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] { "id" });
			insert.setString(1, kind.name());
			insert.setString(2, to.email());
			insert.setString(3, to.key());
			insert.setString(4, mail.subject());
			insert.setString(5, mail.text());
			insert.setString(6, mail.html());
			insert.setString(7, unsubscribeUrl);
			insert.setTimestamp(8, Timestamp.from(now));
			insert.setTimestamp(9, Timestamp.from(now));
			return insert;
		}, key);
		return key.getKey().longValue();
	}

	/** Messages that may be claimed now, oldest first. */
	List<Long> due(Instant now, int limit) {
		Timestamp at = Timestamp.from(now);
		return this.jdbc.queryForList(
				"select id from mail_message where (status = 'QUEUED' and next_attempt_at <= ?)"
						+ " or (status = 'SENDING' and claimed_until < ?) order by id limit ?",
				Long.class, at, at, limit);
	}

	/** Claims the message until {@code leaseEnd}; empty when another sender has it. */
	Optional<Message> claim(long id, Instant now, Instant leaseEnd) {
		Timestamp at = Timestamp.from(now);
		int claimed = this.jdbc.update("update mail_message set status = 'SENDING', claimed_until = ?,"
				+ " attempts = attempts + 1 where id = ? and ((status = 'QUEUED' and next_attempt_at <= ?)"
				+ " or (status = 'SENDING' and claimed_until < ?))", Timestamp.from(leaseEnd), id, at, at);
		if (claimed != 1) {
			return Optional.empty();
		}
		return Optional.of(this.jdbc.queryForObject(
				"select id, kind, recipient, subject, text_body, html_body,"
						+ " unsubscribe_url, attempts, created_at from mail_message where id = ?",
				(rs, n) -> new Message(rs.getLong(1), NoticeKind.valueOf(rs.getString(2)), rs.getString(3),
						rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8),
						rs.getTimestamp(9).toInstant()),
				id));
	}

	void sent(long id, Instant now) {
		this.jdbc.update("update mail_message set status = 'SENT', sent_at = ?, claimed_until = null,"
				+ " last_error = null where id = ? and status = 'SENDING'", Timestamp.from(now), id);
	}

	void retryAt(long id, Instant next, String error) {
		this.jdbc.update(
				"update mail_message set status = 'QUEUED', next_attempt_at = ?, claimed_until = null,"
						+ " last_error = ? where id = ? and status = 'SENDING'",
				Timestamp.from(next), limit(error), id);
	}

	void failed(long id, String error) {
		this.jdbc.update("update mail_message set status = 'FAILED', claimed_until = null, last_error = ?"
				+ " where id = ? and status = 'SENDING'", limit(error), id);
	}

	/** When the recipient was last sent (or queued) a message of this kind. */
	Optional<Instant> lastQueued(NoticeKind kind, String recipientKey) {
		Timestamp last = this.jdbc.queryForObject(
				"select max(created_at) from mail_message where kind = ? and recipient_key = ?", Timestamp.class,
				kind.name(), recipientKey);
		return Optional.ofNullable(last).map(Timestamp::toInstant);
	}

	private static String limit(String error) {
		String text = (error != null) ? error : "unknown error";
		return (text.length() > 500) ? text.substring(0, 500) : text;
	}

}
