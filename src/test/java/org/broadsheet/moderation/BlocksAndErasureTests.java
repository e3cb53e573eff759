package org.broadsheet.moderation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.broadsheet.article.Article;
import org.broadsheet.reply.Reply;
import org.broadsheet.reply.ReplyAuthor;
import org.broadsheet.reply.ReplyRule;
import org.broadsheet.reply.ReplyStatus;
import org.broadsheet.reply.ReplySteps;
import org.broadsheet.reply.ReplyTest;
import org.broadsheet.reply.StaffReplies;
import org.broadsheet.reply.Submission;
import org.broadsheet.reply.Verdict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ReplyTest
@WithMockUser(username = "alice", roles = "MODERATOR")
class BlocksAndErasureTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditEntryRepository audit;

	@Autowired
	BlockedPosterRepository blocked;

	@Autowired
	BlockedPosterRule rule;

	ReplySteps steps;

	Article story;

	@BeforeEach
	void setUp(ReplySteps steps) {
		this.blocked.deleteAll();
		this.steps = steps;
		this.story = steps.publicStory();
	}

	Submission submission(String email, String ipHash) {
		return new Submission(this.story.getId(), new ReplyAuthor("Someone", email, null), "text", "",
				Duration.ofMinutes(1), ipHash, "ua", Instant.now());
	}

	@Test
	void blockedEmailSendsLaterRepliesToSpamUntilUnblocked() throws Exception {
		Reply reply = this.steps.savedReply(this.story, "Troll", "Troll@Example.com", "bad", ReplyStatus.PENDING,
				Instant.now());
		assertThat(this.rule.judge(submission("troll@example.com", "other"))).isEmpty();
		this.mvc.perform(post("/moderation/replies/{id}/block", reply.getId()).param("email", "true").with(csrf()))
			.andExpect(redirectedUrl("/moderation/replies/" + reply.getId()));
		assertThat(this.rule.judge(submission(" TROLL@example.com ", "other")))
			.contains(Verdict.store(ReplyStatus.SPAM, "blocked", "blocked"));
		assertThat(this.rule.judge(submission("friend@example.com", reply.getIpHash()))).isEmpty();
		this.mvc.perform(get("/moderation/blocked"))
			.andExpect(content().string(containsString("T•••@Example.com (Troll)")))
			.andExpect(content().string(not(containsString("Troll@Example.com"))));
		BlockedPoster block = this.blocked.findAll().get(0);
		this.mvc.perform(post("/moderation/blocked/{id}/delete", block.getId()).with(csrf()))
			.andExpect(redirectedUrl("/moderation/blocked"));
		assertThat(this.rule.judge(submission("troll@example.com", "other"))).isEmpty();
		assertThat(this.audit.findFirstByReplyIdOrderByIdDesc(reply.getId()).orElseThrow().getAction())
			.isEqualTo(ModerationAction.BLOCK);
	}

	@Test
	void blockedPosterRuleRunsBeforeEveryReplyRule(@Autowired List<ReplyRule> rules) {
		assertThat(rules.get(0).getClass().getName()).startsWith(BlockedPosterRule.class.getName());
	}

	@Test
	void blockedAddressSendsLaterRepliesToSpam() throws Exception {
		Reply reply = this.steps.savedReply(this.story, "Flooder", "f@example.com", "bad", ReplyStatus.PENDING,
				Instant.now());
		this.mvc.perform(post("/moderation/replies/{id}/block", reply.getId()).param("address", "true").with(csrf()))
			.andExpect(status().isFound());
		assertThat(this.rule.judge(submission("new@example.com", reply.getIpHash()))).isPresent();
		assertThat(this.rule.judge(submission("f@example.com", "elsewhere"))).isEmpty();
	}

	@Test
	void readerDataIsFoundExportedAndErasedWithTheLogScrubbed() throws Exception {
		Reply first = this.steps.savedReply(this.story, "Reader Name", "reader@example.com", "mine",
				ReplyStatus.APPROVED, Instant.now());
		Reply second = this.steps.savedReply(this.story, "Reader Name", "READER@example.com", "also",
				ReplyStatus.PENDING, Instant.now());
		Reply other = this.steps.savedReply(this.story, "Other", "other@example.com", "not mine", ReplyStatus.PENDING,
				Instant.now());
		this.mvc.perform(post("/moderation/replies/{id}/block", first.getId()).param("email", "true").with(csrf()));
		this.mvc.perform(post("/moderation/erase/find").param("email", "reader@example.com").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2 replies posted with this address")))
			.andExpect(content().string(not(containsString("not mine"))));
		this.mvc.perform(post("/moderation/erase/export").param("email", "reader@example.com").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(content().contentTypeCompatibleWith("application/json"))
			.andExpect(content().string(containsString("\"email\":\"reader@example.com\"")))
			.andExpect(content().string(containsString("\"text\":\"also\"")));
		this.mvc.perform(post("/moderation/erase").param("email", "reader@example.com").with(csrf()))
			.andExpect(redirectedUrl("/moderation/erase"));
		for (Reply erased : new Reply[] { first, second }) {
			Reply stored = this.steps.stored(erased.getId());
			assertThat(stored.getAuthorName()).isEqualTo(StaffReplies.ERASED_NAME);
			assertThat(stored.getAuthorEmail()).isEmpty();
			assertThat(stored.getAuthorUrl()).isNull();
			assertThat(stored.getText()).isEmpty();
			assertThat(stored.getIpHash()).isEmpty();
			assertThat(stored.getStatus()).isEqualTo(ReplyStatus.TRASH);
		}
		assertThat(this.steps.stored(other.getId()).getText()).isEqualTo("not mine");
		assertThat(this.audit.findAll()).filteredOn((e) -> e.getReplyId() == first.getId())
			.isNotEmpty()
			.allSatisfy((e) -> assertThat(e.getAuthorName()).isEqualTo(StaffReplies.ERASED_NAME));
		assertThat(this.audit.findFirstByReplyIdOrderByIdDesc(second.getId()).orElseThrow().getAction())
			.isEqualTo(ModerationAction.ERASE);
	}

	@Test
	void invalidEmailForErasureIsAFormError() throws Exception {
		this.mvc.perform(post("/moderation/erase/find").param("email", "not an address").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"error\"")));
		this.mvc.perform(post("/moderation/erase/export").param("email", "").with(csrf()))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aBadAddressForExportAnswers400WithTheFormAndAFieldErrorNotPlainText() throws Exception {
		for (String email : new String[] { "", "not an address", "x@".repeat(5000) }) {
			this.mvc.perform(post("/moderation/erase/export").param("email", email).with(csrf()))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith("text/html"))
				.andExpect(content().string(containsString("<main id=\"main\"")))
				.andExpect(content().string(containsString("class=\"error\"")));
		}
		this.mvc.perform(post("/moderation/erase/export").with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("text/html"));
	}

}
