package org.broadsheet.moderation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.broadsheet.article.Article;
import org.broadsheet.reply.Reply;
import org.broadsheet.reply.ReplyStatus;
import org.broadsheet.reply.ReplySteps;
import org.broadsheet.reply.ReplyTest;
import org.broadsheet.reply.StaffReplies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ReplyTest
@WithMockUser(username = "alice", roles = "MODERATOR")
class ModerationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditEntryRepository audit;

	@Autowired
	ModerationService moderation;

	@Autowired
	TrashPurge purge;

	ReplySteps steps;

	Article story;

	@BeforeEach
	void emptyQueue(ReplySteps steps) {
		this.steps = steps;
		steps.emptyQueue();
		this.story = steps.publicStory();
	}

	Reply pending(String name, String text) {
		return this.steps.pendingReply(this.story, name, text);
	}

	Reply stored(long id) {
		return this.steps.stored(id);
	}

	@Test
	void pendingTabShowsNewestFirstWithEmailRuleCountAndEscapedText() throws Exception {
		pending("Older", "first");
		pending("Newer", "<script>alert(1)</script>");
		String html = this.mvc.perform(get("/moderation"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))))
			.andExpect(content().string(containsString("newer@example.com")))
			.andExpect(content().string(containsString("contains a moderation word")))
			.andExpect(content().string(containsString("id=\"pending-count\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html.indexOf("newer@example.com")).isLessThan(html.indexOf("older@example.com"));
		assertThat(html).contains("title=\"2 pending\"");
	}

	@Test
	void approvingMakesItPublicAndIsAudited() throws Exception {
		Reply reply = pending("Reader", "hello");
		this.mvc
			.perform(post("/moderation/replies/{id}/approve", reply.getId())
				.param("version", String.valueOf(reply.getVersion()))
				.with(csrf()))
			.andExpect(redirectedUrl("/moderation?status=pending"))
			.andExpect(flash().attribute("notices", List.of("Reply #" + reply.getId() + " is now Approved.")));
		assertThat(stored(reply.getId()).getStatus()).isEqualTo(ReplyStatus.APPROVED);
		AuditEntry entry = this.audit.findFirstByReplyIdOrderByIdDesc(reply.getId()).orElseThrow();
		assertThat(entry.getModerator()).isEqualTo("alice");
		assertThat(entry.getFromStatus()).isEqualTo(ReplyStatus.PENDING);
		assertThat(entry.getToStatus()).isEqualTo(ReplyStatus.APPROVED);
		assertThat(entry.getArticleTitle()).isEqualTo(this.story.getTitle());
	}

	@Test
	void actingOnAStaleVersionSaysWhoHandledItAndChangesNothing() throws Exception {
		Reply reply = pending("Reader", "hello");
		this.moderation.moderate(reply.getId(), reply.getVersion(), ModerationAction.APPROVE, "alice");
		this.mvc
			.perform(post("/moderation/replies/{id}/trash", reply.getId())
				.param("version", String.valueOf(reply.getVersion()))
				.with(user("bob").roles("MODERATOR"))
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("notices", List.of("0 of 1 replies changed.", "Reply #" + reply.getId()
					+ " was already handled by alice; nothing was changed. Look at it again before acting.")));
		assertThat(stored(reply.getId()).getStatus()).isEqualTo(ReplyStatus.APPROVED);
	}

	@Test
	void bulkTrashThenDeletePermanentlyOnlyFromTrashKeepingTheLog() throws Exception {
		Reply first = pending("One", "one");
		Reply second = pending("Two", "two");
		this.mvc.perform(post("/moderation/replies/{id}/delete", first.getId()).param("version", "0").with(csrf()))
			.andExpect(status().isFound());
		assertThat(stored(first.getId()).getStatus()).isEqualTo(ReplyStatus.PENDING);
		this.mvc
			.perform(post("/moderation/bulk").param("action", "trash")
				.param("selected", first.getId() + ":" + first.getVersion(), second.getId() + ":" + second.getVersion(),
						"junk", "999999:0")
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(
					flash().attribute("notices", List.of("2 of 3 replies changed.", "Reply #999999 does not exist.")));
		assertThat(stored(first.getId()).getStatus()).isEqualTo(ReplyStatus.TRASH);
		assertThat(stored(second.getId()).getStatus()).isEqualTo(ReplyStatus.TRASH);
		Reply trashed = stored(first.getId());
		this.mvc
			.perform(post("/moderation/bulk").param("action", "delete")
				.param("selected", trashed.getId() + ":" + trashed.getVersion())
				.with(csrf()))
			.andExpect(status().isFound());
		assertThat(this.steps.find(first.getId())).isEmpty();
		this.mvc.perform(get("/moderation/log"))
			.andExpect(content().string(containsString("Delete permanently")))
			.andExpect(content().string(containsString("#" + first.getId())));
	}

	@Test
	void restoreAndUnapproveGoBackToPending() {
		Reply reply = pending("Reader", "hello");
		this.moderation.moderate(reply.getId(), 0, ModerationAction.SPAM, "alice");
		Outcome restored = this.moderation.moderate(reply.getId(), 1, ModerationAction.RESTORE, "alice");
		assertThat(restored.status()).isEqualTo(ReplyStatus.PENDING);
		this.moderation.moderate(reply.getId(), 2, ModerationAction.APPROVE, "alice");
		Outcome unapproved = this.moderation.moderate(reply.getId(), 3, ModerationAction.UNAPPROVE, "alice");
		assertThat(unapproved.isDone()).isTrue();
		assertThat(stored(reply.getId()).getStatus()).isEqualTo(ReplyStatus.PENDING);
		assertThat(this.moderation.moderate(reply.getId(), 4, ModerationAction.UNAPPROVE, "alice").kind())
			.isEqualTo(Outcome.Kind.NOT_ALLOWED);
	}

	@Test
	void guessedIdsAndActionsAreNotFoundAndMalformedOnesBadRequests() throws Exception {
		this.mvc.perform(post("/moderation/replies/999999/approve").param("version", "0").with(csrf()))
			.andExpect(status().isNotFound());
		Reply reply = pending("Reader", "hello");
		this.mvc.perform(post("/moderation/replies/{id}/explode", reply.getId()).param("version", "0").with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/moderation/replies/{id}/approve", reply.getId()).with(csrf()))
			.andExpect(status().isBadRequest());
		this.mvc.perform(post("/moderation/replies/abc/approve").param("version", "0").with(csrf()))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/moderation/replies/999999")).andExpect(status().isNotFound());
		this.mvc.perform(get("/moderation").param("status", "bogus").param("page", "-3")).andExpect(status().isOk());
		this.mvc.perform(get("/moderation").param("page", "99999")).andExpect(status().isOk());
	}

	@Test
	void editingTheTextBeforeApproving() throws Exception {
		Reply reply = pending("Reader", "teh typo");
		this.mvc
			.perform(post("/moderation/replies/{id}/edit", reply.getId()).param("version", "0")
				.param("text", "the typo")
				.param("approve", "true")
				.with(csrf()))
			.andExpect(redirectedUrl("/moderation/replies/" + reply.getId()));
		assertThat(stored(reply.getId()).getText()).isEqualTo("the typo");
		assertThat(stored(reply.getId()).getStatus()).isEqualTo(ReplyStatus.APPROVED);
		this.mvc
			.perform(post("/moderation/replies/{id}/edit", reply.getId()).param("version", "1")
				.param("text", "  ")
				.with(csrf()))
			.andExpect(status().isOk());
		assertThat(stored(reply.getId()).getText()).isEqualTo("the typo");
	}

	@Test
	void staffAnswerIsApprovedAtOnceAndMarkedStaff() throws Exception {
		Reply reply = pending("Reader", "question?");
		this.moderation.moderate(reply.getId(), 0, ModerationAction.APPROVE, "alice");
		MvcResult result = this.mvc
			.perform(post("/moderation/replies/{id}/answer", reply.getId()).param("text", "Our answer").with(csrf()))
			.andExpect(status().isFound())
			.andReturn();
		Reply answer = this.steps.withText("Our answer");
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/moderation/replies/" + answer.getId());
		assertThat(answer.getStatus()).isEqualTo(ReplyStatus.APPROVED);
		assertThat(answer.getRule()).isEqualTo(StaffReplies.STAFF_RULE);
		assertThat(answer.getAuthorName()).isEqualTo("alice");
		assertThat(answer.getParentId()).isEqualTo(reply.getId());
		Reply other = pending("Other", "not approved");
		this.mvc.perform(post("/moderation/replies/{id}/answer", other.getId()).param("text", "x").with(csrf()))
			.andExpect(flash().attributeExists("problems"));
	}

	@Test
	void concurrentApproveAndTrashOfOneReplyLetExactlyOneWin() throws Exception {
		for (int round = 0; round < 5; round++) {
			Reply reply = pending("Race" + round, "race");
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(2);
			Callable<Outcome> approve = () -> {
				start.await();
				return this.moderation.moderate(reply.getId(), 0, ModerationAction.APPROVE, "alice");
			};
			Callable<Outcome> trash = () -> {
				start.await();
				return this.moderation.moderate(reply.getId(), 0, ModerationAction.TRASH, "bob");
			};
			Future<Outcome> first = pool.submit(approve);
			Future<Outcome> second = pool.submit(trash);
			start.countDown();
			Outcome a = first.get();
			Outcome b = second.get();
			pool.shutdown();
			assertThat(List.of(a.kind(), b.kind())).containsExactlyInAnyOrder(Outcome.Kind.DONE,
					Outcome.Kind.ALREADY_HANDLED);
			Outcome winner = a.isDone() ? a : b;
			Outcome loser = a.isDone() ? b : a;
			assertThat(stored(reply.getId()).getStatus()).isEqualTo(winner.status());
			assertThat(loser.by()).isEqualTo(a.isDone() ? "alice" : "bob");
			assertThat(this.audit.findAll().stream().filter((e) -> e.getReplyId() == reply.getId())).hasSize(1);
		}
	}

	@Test
	void purgeDeletesOnlyTrashOlderThanTheSettingAndLogsIt() {
		Reply old = this.steps.savedReply(this.story, "Old", "old@example.com", "old", ReplyStatus.TRASH,
				Instant.now().minus(40, ChronoUnit.DAYS));
		Reply recent = this.steps.savedReply(this.story, "New", "new@example.com", "new", ReplyStatus.TRASH,
				Instant.now().minus(2, ChronoUnit.DAYS));
		Reply oldButJustTrashed = this.steps.savedReply(this.story, "Late", "late@example.com", "late",
				ReplyStatus.PENDING, Instant.now().minus(40, ChronoUnit.DAYS));
		this.moderation.moderate(oldButJustTrashed.getId(), 0, ModerationAction.TRASH, "alice");
		Reply approvedOld = this.steps.savedReply(this.story, "Kept", "kept@example.com", "kept", ReplyStatus.APPROVED,
				Instant.now().minus(90, ChronoUnit.DAYS));
		assertThat(this.purge.purge()).isEqualTo(1);
		assertThat(this.steps.find(old.getId())).isEmpty();
		assertThat(this.steps.find(recent.getId())).isPresent();
		assertThat(this.steps.find(oldButJustTrashed.getId())).isPresent();
		assertThat(this.steps.find(approvedOld.getId())).isPresent();
		AuditEntry purged = this.audit.findFirstByReplyIdOrderByIdDesc(old.getId()).orElseThrow();
		assertThat(purged.getAction()).isEqualTo(ModerationAction.PURGE);
		assertThat(purged.getModerator()).isEqualTo("system");
	}

}
