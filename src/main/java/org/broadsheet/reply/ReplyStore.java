package org.broadsheet.reply;

import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * The statements of the posting path, in plain SQL: posting is the hottest write and
 * needs neither a persistence context nor entity mapping for one insert and one check.
 * Everything else reads and changes replies through {@link ReplyRepository}.
 */
@Component
class ReplyStore {

	private final JdbcClient jdbc;

	ReplyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether this email already posted this text on this story. */
	boolean isDuplicate(long articleId, String bodyHash, String emailKey) {
		return this.jdbc.sql("select count(*) from reply where article_id = ? and body_hash = ? and email_key = ?")
			.params(articleId, bodyHash, emailKey)
			.query(Long.class)
			.single() > 0;
	}

	/** Stores a new reply on a story; answers its id. */
	long insert(long articleId, Reply reply) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into reply (article_id, parent_id, depth, author_name, author_email, email_key, author_url,"
					+ " body, body_hash, status, decided_by, reason, created_at, ip_hash, user_agent_hash)"
					+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(articleId, reply.getParentId(), reply.getDepth(), reply.getAuthorName(), reply.getAuthorEmail(),
					reply.emailKey(), reply.getAuthorUrl(), reply.getText(), reply.bodyHash(), reply.getStatus().name(),
					reply.getRule(), reply.getReason(), reply.getCreatedAt().atOffset(ZoneOffset.UTC),
					reply.getIpHash(), reply.getUserAgentHash())
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

}
