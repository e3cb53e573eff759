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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.reply.ReplyPosts.set;

/**
 * Posts and reports fired at the same instant: the rules that count (flood, duplicate,
 * reports) must hold under concurrency, not just one request at a time.
 */
@ReplyTest
class ReplyRaceTests {

	static final int THREADS = 32;

	@Autowired
	MockMvc mvc;

	ReplySteps steps;

	@BeforeEach
	void steps(ReplySteps steps) {
		this.steps = steps;
	}

	@Test
	void simultaneousPostsFromOneAddressStoreExactlyOneAndRefuseTheRestAsFlood() throws Exception {
		Article story = this.steps.publicStory();
		String address = ReplyPosts.freshAddress();
		List<Integer> statuses = atOnce(24, (i) -> this.steps.reply(story.getSlug(), "Flood attempt " + i, address));
		assertThat(statuses).hasSize(24);
		assertThat(statuses).filteredOn((status) -> status == 303).hasSize(1);
		assertThat(statuses).filteredOn((status) -> status == 429).hasSize(23);
		assertThat(storedOn(story)).isEqualTo(1);
	}

	@Test
	void hundredAddressesPostingAtOnceAreEachStoredExactlyOnce() throws Exception {
		Article story = this.steps.publicStory();
		List<Integer> statuses = atOnce(100, (i) -> this.steps.reply(story.getSlug(), "At once " + i));
		assertThat(statuses).hasSize(100).containsOnly(303);
		List<String> texts = this.steps.repliesOn(story).stream().map(Reply::getText).toList();
		assertThat(texts).hasSize(100).doesNotHaveDuplicates();
	}

	@Test
	void theSameReplySentAtOnceFromSeveralAddressesIsStoredOnceAndRefusedAsDuplicate() throws Exception {
		Article story = this.steps.publicStory();
		List<Integer> statuses = atOnce(32,
				(i) -> this.steps.reply(story.getSlug(), "Said it once").with(set("email", "twice@example.org")));
		assertThat(statuses).filteredOn((status) -> status == 303).hasSize(1);
		assertThat(statuses).filteredOn((status) -> status == 409).hasSize(31);
		assertThat(storedOn(story)).isEqualTo(1);
	}

	@Test
	void threeReadersReportingAtOnceAreAllCountedAndTheReplyGoesBackToTheQueue() throws Exception {
		Article story = this.steps.publicStory();
		Reply reply = approved(story);
		String token = this.steps.token(story.getSlug());
		List<Integer> statuses = atOnce(3, (i) -> report(story, reply, token, ReplyPosts.freshAddress()));
		assertThat(statuses).containsOnly(303);
		Reply held = this.steps.stored(reply.getId());
		assertThat(held.getReportCount()).isEqualTo(3);
		assertThat(held.getStatus()).isEqualTo(ReplyStatus.PENDING);
		assertThat(held.getReason()).isEqualTo(ReplyReports.REASON);
		assertThat(reportsOf(reply)).isEqualTo(3);
	}

	@Test
	void aBurstOfReportsCountsEveryAcceptedOneAndLeavesTheReplyHeld() throws Exception {
		Article story = this.steps.publicStory();
		Reply reply = approved(story);
		String token = this.steps.token(story.getSlug());
		List<Integer> statuses = atOnce(16, (i) -> report(story, reply, token, ReplyPosts.freshAddress()));
		long accepted = statuses.stream().filter((status) -> status == 303).count();
		assertThat(statuses).containsOnly(303, 404);
		Reply held = this.steps.stored(reply.getId());
		assertThat(held.getStatus()).isEqualTo(ReplyStatus.PENDING);
		assertThat(held.getReportCount()).isEqualTo(reportsOf(reply))
			.isEqualTo((int) accepted)
			.isGreaterThanOrEqualTo(3);
	}

	@Test
	void oneReaderReportingManyTimesAtOnceCountsOnce() throws Exception {
		Article story = this.steps.publicStory();
		Reply reply = approved(story);
		String token = this.steps.token(story.getSlug());
		String address = ReplyPosts.freshAddress();
		List<Integer> statuses = atOnce(12, (i) -> report(story, reply, token, address));
		assertThat(statuses).containsOnly(303);
		Reply after = this.steps.stored(reply.getId());
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
		return this.steps.report(story, reply, token, address);
	}

	private Reply approved(Article story) throws Exception {
		return this.steps.approved(story, "Reported at once");
	}

	private long storedOn(Article story) {
		return this.steps.repliesOn(story).size();
	}

	private int reportsOf(Reply reply) {
		return this.steps.reportsOf(reply);
	}

}
