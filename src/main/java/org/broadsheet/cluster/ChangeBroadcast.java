package org.broadsheet.cluster;

import java.util.Set;

import org.broadsheet.article.ArticlesChanged;
import org.broadsheet.moderation.PostersBlocked;
import org.broadsheet.moderation.ReplyModerated;
import org.broadsheet.reply.RepliesChanged;
import org.broadsheet.reply.ReplyPosted;
import org.broadsheet.reply.ReplyStatus;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the other instances about each change made here: a PostgreSQL {@code NOTIFY} sent
 * inside the transaction that makes the change, so it is delivered exactly when the
 * change commits and never for one that rolls back. Changes made outside a transaction
 * (the loader's run summary) are sent at once. {@link ChangeListener} on every other
 * instance replays them as {@link RemoteChange}s.
 */
@Component
class ChangeBroadcast {

	static final String CHANNEL = "broadsheet_changes";

	private final ClusterDatabase database;

	private final JdbcTemplate jdbc;

	ChangeBroadcast(ClusterDatabase database, JdbcTemplate jdbc) {
		this.database = database;
		this.jdbc = jdbc;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void onArticlesChanged(ArticlesChanged event) {
		send(RemoteChange.Kind.STORIES, event.articleIds());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void onReplyPosted(ReplyPosted event) {
		if (event.status() == ReplyStatus.APPROVED) {
			send(RemoteChange.Kind.REPLIES, Set.of(event.articleId()));
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void onRepliesChanged(RepliesChanged event) {
		send(RemoteChange.Kind.REPLIES, Set.of(event.articleId()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void onReplyModerated(ReplyModerated event) {
		send(RemoteChange.Kind.REPLIES, Set.of(event.articleId()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void onPostersBlocked(PostersBlocked event) {
		send(RemoteChange.Kind.BLOCKS, Set.of());
	}

	private void send(RemoteChange.Kind kind, Set<Long> articleIds) {
		if (!this.database.active()) {
			return;
		}
		for (String payload : ChangeMessage.payloads(this.database.instanceId(), kind, articleIds)) {
			this.jdbc.queryForList("select pg_notify(?, ?)", CHANNEL, payload);
		}
	}

}
