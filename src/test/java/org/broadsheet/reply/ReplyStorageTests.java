package org.broadsheet.reply;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.broadsheet.article.Article;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What posting and reporting store, through the whole application and its database: every
 * post of a burst once, readers' reports counted once each, approved counts in one query,
 * the signing secret kept.
 */
@ReplyTest
class ReplyStorageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ReplySections sections;

	@Autowired
	FormTokens tokens;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	List<ReplyRule> rules;

	ReplySteps steps;

	@BeforeEach
	void steps(ReplySteps steps) {
		this.steps = steps;
	}

	@Test
	void theRulesRunInTheIssuesOrder() {
		List<ReplyRule> ownRules = this.rules.stream()
			.filter((rule) -> rule.getClass().getPackageName().equals(ReplyRule.class.getPackageName()))
			.toList();
		assertThat(ownRules).extracting((rule) -> rule.getClass().getSimpleName())
			.containsExactly("HoneypotRule", "DuplicateRule", "FloodRule", "DisallowedWordsRule",
					"HoldForModerationRule", "PreviouslyApprovedRule", "DefaultPendingRule");
	}

	@Test
	void hundredRepliesPostedInParallelFromDistinctAddressesAreEachStoredOnce() throws Exception {
		Article story = this.steps.publicStory();
		ExecutorService pool = Executors.newFixedThreadPool(16);
		List<Callable<Integer>> posts = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			String text = "Parallel reply " + i;
			posts.add(() -> this.mvc.perform(this.steps.reply(story.getSlug(), text))
				.andReturn()
				.getResponse()
				.getStatus());
		}
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> result : pool.invokeAll(posts)) {
			statuses.add(result.get());
		}
		pool.shutdown();
		assertThat(statuses).hasSize(100).containsOnly(303);
		List<String> stored = this.steps.repliesOn(story).stream().map(Reply::getText).toList();
		assertThat(stored).hasSize(100).doesNotHaveDuplicates().allMatch((text) -> text.startsWith("Parallel reply "));
	}

	@Test
	void threeReadersReportsTakeAnApprovedReplyBackToTheQueueAndOneReaderCountsOnce() throws Exception {
		Article story = this.steps.publicStory();
		Reply reply = approved(story, "Reported reply");
		String token = this.steps.token(story.getSlug());
		report(story, reply, token, "10.200.0.1");
		report(story, reply, token, "10.200.0.1");
		report(story, reply, token, "10.200.0.2");
		assertThat(this.steps.stored(reply.getId()).getStatus()).isEqualTo(ReplyStatus.APPROVED);
		report(story, reply, token, "10.200.0.3");
		Reply held = this.steps.stored(reply.getId());
		assertThat(held.getStatus()).isEqualTo(ReplyStatus.PENDING);
		assertThat(held.getReason()).isEqualTo("reported by readers");
		assertThat(held.getReportCount()).isEqualTo(3);
	}

	@Test
	void reportingWithoutAValidTokenIsRefused() throws Exception {
		Article story = this.steps.publicStory();
		Reply reply = approved(story, "Safe reply");
		this.mvc
			.perform(post("/articles/{slug}/replies/{id}/report", story.getSlug(), reply.getId()).param("token", "1.x"))
			.andExpect(status().isForbidden());
		assertThat(this.steps.reportsOf(reply)).isZero();
	}

	@Test
	void reportingAReplyThatIsNotPublicAnswers404() throws Exception {
		Article story = this.steps.publicStory();
		this.mvc.perform(this.steps.reply(story.getSlug(), "Pending one")).andExpect(status().isSeeOther());
		Reply pending = this.steps.repliesOn(story).get(0);
		this.mvc.perform(post("/articles/{slug}/replies/{id}/report", story.getSlug(), pending.getId()).param("token",
				this.steps.token(story.getSlug())))
			.andExpect(status().isNotFound());
	}

	@Test
	void approvedCountsForAListComeFromOneGroupedQuery() throws Exception {
		Article one = this.steps.publicStory();
		Article two = this.steps.publicStory();
		approved(one, "a");
		approved(one, "b");
		this.mvc.perform(this.steps.reply(one.getSlug(), "pending")).andExpect(status().isSeeOther());
		Map<Long, Long> counts = this.sections.approvedCounts(List.of(one.getId(), two.getId()));
		assertThat(counts).containsEntry(one.getId(), 2L).doesNotContainKey(two.getId());
	}

	@Test
	void theGeneratedSigningSecretIsKeptInTheDatabase() {
		assertThat(this.tokens.issue("x")).isNotBlank();
		assertThat(this.jdbc.queryForObject("select count(*) from site_secret", Integer.class)).isEqualTo(1);
	}

	void report(Article story, Reply reply, String token, String address) throws Exception {
		this.mvc.perform(this.steps.report(story, reply, token, address)).andExpect(status().isSeeOther());
	}

	Reply approved(Article story, String text) throws Exception {
		return this.steps.approved(story, text);
	}

}
