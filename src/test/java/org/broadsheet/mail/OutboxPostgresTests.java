package org.broadsheet.mail;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.broadsheet.PostgresTest;
import org.broadsheet.article.Article;
import org.broadsheet.reply.ReaderReplies;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The mail migration and the outbox's statements on a real PostgreSQL: notices recorded
 * once, grouped and claimed once, and a message claimed by one sender only.
 */
@PostgresTest
@AutoConfigureMockMvc
class OutboxPostgresTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	MailNotices notices;

	@Autowired
	Outbox outbox;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void noticesAreRecordedOnceAndClaimedByOneMessage() throws Exception {
		Article story = ReaderReplies.publicStory(this.context);
		String text = "Held on PostgreSQL " + UUID.randomUUID();
		this.mvc.perform(ReaderReplies.reply(this.context, story.getSlug(), text, "Pat", "pat@example.org"))
			.andExpect(status().isSeeOther());
		long replyId = ReaderReplies.idOf(this.context, text);
		Recipient moderator = new Recipient("Mod-" + UUID.randomUUID() + "@Example.org");
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

		this.transactions.executeWithoutResult((status) -> {
			this.notices.record(NoticeKind.HELD_DIGEST, moderator, replyId, now);
			this.notices.record(NoticeKind.HELD_DIGEST, moderator, replyId, now);
			this.notices.record(NoticeKind.CONFIRM, moderator, null, now);
		});

		assertThat(this.notices.waiting()).filteredOn((waiting) -> waiting.recipientKey().equals(moderator.key()))
			.extracting(MailNotices.Waiting::kind)
			.containsExactlyInAnyOrder(NoticeKind.HELD_DIGEST, NoticeKind.CONFIRM);
		List<MailNotices.Open> open = this.notices.open(NoticeKind.HELD_DIGEST, moderator.key());
		assertThat(open).singleElement().satisfies((notice) -> assertThat(notice.replyId()).isEqualTo(replyId));
		long messageId = this.outbox.queue(NoticeKind.HELD_DIGEST, moderator,
				new MailComposer.Composed("Subject", "Text", "<p>Html</p>"), null, now);
		List<Long> ids = open.stream().map(MailNotices.Open::id).toList();
		assertThat(this.notices.claim(ids, messageId)).isTrue();
		assertThat(this.notices.claim(ids, messageId + 1)).isFalse();
		assertThat(this.outbox.lastQueued(NoticeKind.HELD_DIGEST, moderator.key())).contains(now);
	}

	@Test
	void aMessageIsClaimedByOneSenderAndBacksOffWhenItFails() {
		Recipient reader = new Recipient("reader-" + UUID.randomUUID() + "@example.org");
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		long id = this.outbox.queue(NoticeKind.FOLLOW_UP, reader,
				new MailComposer.Composed("Subject", "Text", "<p>Html</p>"), "https://example.org/u", now);

		assertThat(this.outbox.due(now, 1000)).contains(id);
		assertThat(this.outbox.claim(id, now, now.plus(Duration.ofMinutes(5)))).isPresent();
		assertThat(this.outbox.claim(id, now, now.plus(Duration.ofMinutes(5)))).isEmpty();
		this.outbox.retryAt(id, now.plusSeconds(30), "connection refused");
		assertThat(this.outbox.due(now, 1000)).doesNotContain(id);
		assertThat(this.outbox.due(now.plusSeconds(30), 1000)).contains(id);
		assertThat(this.outbox.claim(id, now.plusSeconds(30), now.plus(Duration.ofMinutes(6))))
			.hasValueSatisfying((message) -> assertThat(message.attempts()).isEqualTo(2));
		this.outbox.sent(id, now.plusSeconds(31));
		assertThat(this.outbox.due(now.plus(Duration.ofHours(1)), 1000)).doesNotContain(id);
	}

}
