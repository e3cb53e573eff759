package org.broadsheet.reply;

import java.time.Instant;

import org.broadsheet.article.Article;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReplyTests {

	static Reply reply() {
		return new Reply(new Article("story"), new ReplyAuthor("Ada", "Ada@Example.org", null), "Hello",
				Instant.parse("2026-11-29T05:00:00Z"));
	}

	@Test
	void aNewReplyIsPendingAtTheTopLevel() {
		Reply reply = reply();
		assertThat(reply.getStatus()).isEqualTo(ReplyStatus.PENDING);
		assertThat(reply.getDepth()).isEqualTo(1);
		assertThat(reply.getParentId()).isNull();
	}

	@Test
	void approvingMakesItPublic() {
		Reply reply = reply();
		reply.approve();
		assertThat(reply.isApproved()).isTrue();
	}

	@Test
	void holdingForModerationKeepsTheReason() {
		Reply reply = reply();
		reply.approve();
		reply.holdForModeration("reported by readers");
		assertThat(reply.getStatus()).isEqualTo(ReplyStatus.PENDING);
		assertThat(reply.getReason()).isEqualTo("reported by readers");
	}

	@Test
	void spamAndTrashHideIt() {
		Reply reply = reply();
		reply.markSpam();
		assertThat(reply.getStatus()).isEqualTo(ReplyStatus.SPAM);
		reply.trash();
		assertThat(reply.getStatus()).isEqualTo(ReplyStatus.TRASH);
		assertThat(reply.isApproved()).isFalse();
	}

	@Test
	void editingTheTextChangesItsDuplicateKey() {
		Reply reply = reply();
		reply.editText("Edited");
		assertThat(reply.getText()).isEqualTo("Edited");
	}

	@Test
	void theRulesDecisionIsRecorded() {
		Reply reply = reply();
		reply.decide(ReplyStatus.SPAM, "honeypot", "the hidden field was filled");
		assertThat(reply.getRule()).isEqualTo("honeypot");
		assertThat(reply.getReason()).isEqualTo("the hidden field was filled");
	}

}
