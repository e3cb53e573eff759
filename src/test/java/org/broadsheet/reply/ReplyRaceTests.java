package org.broadsheet.reply;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import org.broadsheet.article.Article;
import org.broadsheet.article.ArticleRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.reply.ReplyPosts.reply;
import static org.broadsheet.reply.ReplyPosts.set;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Posts and reports fired at the same instant: the rules that count (flood, duplicate,
 * reports) must hold under concurrency, not just one request at a time.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ReplyRaceTests {

	static final int THREADS = 32;

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticleRepository articles;

	@Autowired
	ReplyRepository replies;

	@Autowired
	ReplyService service;

	@Autowired
	FormTokens tokens;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void simultaneousPostsFromOneAddressStoreExactlyOneAndRefuseTheRestAsFlood() throws Exception {
		Article story = Stories.publicStory(this.articles);
		String address = ReplyPosts.freshAddress();
		List<Integer> statuses = atOnce(24, (i) -> reply(this.tokens, story.getSlug(), "Flood attempt " + i, address));
		assertThat(statuses).hasSize(24);
		assertThat(statuses).filteredOn((status) -> status == 303).hasSize(1);
		assertThat(statuses).filteredOn((status) -> status == 429).hasSize(23);
		assertThat(storedOn(story)).isEqualTo(1);
	}

	@Test
	void hundredAddressesPostingAtOnceAreEachStoredExactlyOnce() throws Exception {
		Article story = Stories.publicStory(this.articles);
		List<Integer> statuses = atOnce(100, (i) -> reply(this.tokens, story.getSlug(), "At once " + i));
		assertThat(statuses).hasSize(100).containsOnly(303);
		List<String> texts = this.replies.findAll()
			.stream()
			.filter((reply) -> reply.getArticleId().equals(story.getId()))
			.map(Reply::getText)
			.toList();
		assertThat(texts).hasSize(100).doesNotHaveDuplicates();
	}

	@Test
	void theSameReplySentAtOnceFromSeveralAddressesIsStoredOnceAndRefusedAsDuplicate() throws Exception {
		Article story = Stories.publicStory(this.articles);
		List<Integer> statuses = atOnce(32,
				(i) -> reply(this.tokens, story.getSlug(), "Said it once").with(set("email", "twice@example.org")));
		assertThat(statuses).filteredOn((status) -> status == 303).hasSize(1);
		assertThat(statuses).filteredOn((status) -> status == 409).hasSize(31);
		assertThat(storedOn(story)).isEqualTo(1);
	}

	@Test
	void threeReadersReportingAtOnceAreAllCountedAndTheReplyGoesBackToTheQueue() throws Exception {
		Article story = Stories.publicStory(this.articles);
		Reply reply = approved(story);
		String token = ReplyPosts.token(this.tokens, story.getSlug());
		List<Integer> statuses = atOnce(3, (i) -> report(story, reply, token, ReplyPosts.freshAddress()));
		assertThat(statuses).containsOnly(303);
		Reply held = this.replies.findById(reply.getId()).orElseThrow();
		assertThat(held.getReportCount()).isEqualTo(3);
		assertThat(held.getStatus()).isEqualTo(ReplyStatus.PENDING);
		assertThat(held.getReason()).isEqualTo(ReplyReports.REASON);
		assertThat(reportsOf(reply)).isEqualTo(3);
	}

	@Test
	void aBurstOfReportsCountsEveryAcceptedOneAndLeavesTheReplyHeld() throws Exception {
		Article story = Stories.publicStory(this.articles);
		Reply reply = approved(story);
		String token = ReplyPosts.token(this.tokens, story.getSlug());
		List<Integer> statuses = atOnce(16, (i) -> report(story, reply, token, ReplyPosts.freshAddress()));
		long accepted = statuses.stream().filter((status) -> status == 303).count();
		assertThat(statuses).containsOnly(303, 404);
		Reply held = this.replies.findById(reply.getId()).orElseThrow();
		assertThat(held.getStatus()).isEqualTo(ReplyStatus.PENDING);
		assertThat(held.getReportCount()).isEqualTo(reportsOf(reply))
			.isEqualTo((int) accepted)
			.isGreaterThanOrEqualTo(3);
	}

	@Test
	void oneReaderReportingManyTimesAtOnceCountsOnce() throws Exception {
		Article story = Stories.publicStory(this.articles);
		Reply reply = approved(story);
		String token = ReplyPosts.token(this.tokens, story.getSlug());
		String address = ReplyPosts.freshAddress();
		List<Integer> statuses = atOnce(12, (i) -> report(story, reply, token, address));
		assertThat(statuses).containsOnly(303);
		Reply after = this.replies.findById(reply.getId()).orElseThrow();
		assertThat(after.getReportCount()).isEqualTo(1);
		assertThat(after.getStatus()).isEqualTo(ReplyStatus.APPROVED);
		assertThat(reportsOf(reply)).isEqualTo(1);
	}

	/** Sends the requests from many threads released together; returns the statuses. */
	private List<Integer> atOnce(int count, IntFunction<RequestBuilder> request) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		CountDownLatch ready = new CountDownLatch(Math.min(count, THREADS));
		CountDownLatch go = new CountDownLatch(1);
		List<Callable<Integer>> calls = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			RequestBuilder builder = request.apply(i);
			calls.add(() -> {
				if (ready.getCount() > 0) {
					ready.countDown();
				}
				go.await();
				return this.mvc.perform(builder).andReturn().getResponse().getStatus();
			});
		}
		try {
			List<Future<Integer>> futures = new ArrayList<>();
			for (Callable<Integer> call : calls) {
				futures.add(pool.submit(call));
			}
			assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
			go.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> future : futures) {
				statuses.add(future.get(60, TimeUnit.SECONDS));
			}
			return statuses;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private RequestBuilder report(Article story, Reply reply, String token, String address) {
		return post("/articles/{slug}/replies/{id}/report", story.getSlug(), reply.getId()).param("token", token)
			.with((request) -> {
				request.setRemoteAddr(address);
				return request;
			});
	}

	private Reply approved(Article story) throws Exception {
		this.mvc.perform(reply(this.tokens, story.getSlug(), "Reported at once"));
		Reply reply = this.replies.findAll()
			.stream()
			.filter((r) -> r.getArticleId().equals(story.getId()))
			.findFirst()
			.orElseThrow();
		return this.service.approve(reply.getId()).orElseThrow();
	}

	private long storedOn(Article story) {
		return this.replies.findAll().stream().filter((reply) -> reply.getArticleId().equals(story.getId())).count();
	}

	private int reportsOf(Reply reply) {
		return this.jdbc.queryForObject("select count(*) from reply_report where reply_id = ?", Integer.class,
				reply.getId());
	}

}
