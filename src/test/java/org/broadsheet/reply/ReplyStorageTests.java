package org.broadsheet.reply;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.broadsheet.article.Article;
import org.broadsheet.article.ArticleRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.reply.ReplyPosts.reply;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ReplyStorageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticleRepository articles;

	@Autowired
	ReplyRepository replies;

	@Autowired
	ReplyService service;

	@Autowired
	ReplySections sections;

	@Autowired
	FormTokens tokens;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	List<ReplyRule> rules;

	@Test
	void theRulesRunInTheIssuesOrder() {
		assertThat(this.rules).filteredOn((rule) -> rule.getClass().getPackage() == ReplyRule.class.getPackage())
			.extracting((rule) -> rule.getClass().getSimpleName())
			.containsExactly("HoneypotRule", "DuplicateRule", "FloodRule", "DisallowedWordsRule",
					"HoldForModerationRule", "PreviouslyApprovedRule", "DefaultPendingRule");
	}

	@Test
	void hundredRepliesPostedInParallelFromDistinctAddressesAreEachStoredOnce() throws Exception {
		Article story = Stories.publicStory(this.articles);
		ExecutorService pool = Executors.newFixedThreadPool(16);
		List<Callable<Integer>> posts = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			String text = "Parallel reply " + i;
			posts.add(() -> this.mvc.perform(reply(this.tokens, story.getSlug(), text))
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
		List<String> stored = this.replies.findAll()
			.stream()
			.filter((reply) -> reply.getArticleId().equals(story.getId()))
			.map(Reply::getText)
			.toList();
		assertThat(stored).hasSize(100).doesNotHaveDuplicates().allMatch((text) -> text.startsWith("Parallel reply "));
	}

	@Test
	void threeReadersReportsTakeAnApprovedReplyBackToTheQueueAndOneReaderCountsOnce() throws Exception {
		Article story = Stories.publicStory(this.articles);
		Reply reply = approved(story, "Reported reply");
		String token = ReplyPosts.token(this.tokens, story.getSlug());
		report(story, reply, token, "10.200.0.1");
		report(story, reply, token, "10.200.0.1");
		report(story, reply, token, "10.200.0.2");
		assertThat(this.replies.findById(reply.getId()).orElseThrow().getStatus()).isEqualTo(ReplyStatus.APPROVED);
		report(story, reply, token, "10.200.0.3");
		Reply held = this.replies.findById(reply.getId()).orElseThrow();
		assertThat(held.getStatus()).isEqualTo(ReplyStatus.PENDING);
		assertThat(held.getReason()).isEqualTo("reported by readers");
		assertThat(held.getReportCount()).isEqualTo(3);
	}

	@Test
	void reportingWithoutAValidTokenIsRefused() throws Exception {
		Article story = Stories.publicStory(this.articles);
		Reply reply = approved(story, "Safe reply");
		this.mvc
			.perform(post("/articles/{slug}/replies/{id}/report", story.getSlug(), reply.getId()).param("token", "1.x"))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select count(*) from reply_report where reply_id = ?", Integer.class,
				reply.getId()))
			.isZero();
	}

	@Test
	void reportingAReplyThatIsNotPublicAnswers404() throws Exception {
		Article story = Stories.publicStory(this.articles);
		this.mvc.perform(reply(this.tokens, story.getSlug(), "Pending one")).andExpect(status().isSeeOther());
		Reply pending = this.replies.findAll()
			.stream()
			.filter((r) -> r.getArticleId().equals(story.getId()))
			.findFirst()
			.orElseThrow();
		this.mvc.perform(post("/articles/{slug}/replies/{id}/report", story.getSlug(), pending.getId()).param("token",
				ReplyPosts.token(this.tokens, story.getSlug())))
			.andExpect(status().isNotFound());
	}

	@Test
	void approvedCountsForAListComeFromOneGroupedQuery() throws Exception {
		Article one = Stories.publicStory(this.articles);
		Article two = Stories.publicStory(this.articles);
		approved(one, "a");
		approved(one, "b");
		this.mvc.perform(reply(this.tokens, one.getSlug(), "pending")).andExpect(status().isSeeOther());
		Map<Long, Long> counts = this.sections.approvedCounts(List.of(one.getId(), two.getId()));
		assertThat(counts).containsEntry(one.getId(), 2L).doesNotContainKey(two.getId());
	}

	@Test
	void theGeneratedSigningSecretIsKeptInTheDatabase() {
		assertThat(this.tokens.issue("x")).isNotBlank();
		assertThat(this.jdbc.queryForObject("select count(*) from site_secret", Integer.class)).isEqualTo(1);
	}

	void report(Article story, Reply reply, String token, String address) throws Exception {
		this.mvc
			.perform(post("/articles/{slug}/replies/{id}/report", story.getSlug(), reply.getId()).param("token", token)
				.with((request) -> {
					request.setRemoteAddr(address);
					return request;
				}))
			.andExpect(status().isSeeOther());
	}

	Reply approved(Article story, String text) throws Exception {
		this.mvc.perform(reply(this.tokens, story.getSlug(), text)).andExpect(status().isSeeOther());
		Reply reply = this.replies.findAll()
			.stream()
			.filter((r) -> r.getArticleId().equals(story.getId()) && r.getText().equals(text))
			.findFirst()
			.orElseThrow();
		return this.service.approve(reply.getId()).orElseThrow();
	}

}
