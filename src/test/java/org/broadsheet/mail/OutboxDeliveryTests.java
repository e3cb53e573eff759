package org.broadsheet.mail;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.broadsheet.MutableClock;
import org.broadsheet.reply.ReaderReplies;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Delivery through the outbox: an SMTP outage delays mail and loses none, a sender that
 * dies mid-send repeats at most the one message it held, posting never waits for SMTP,
 * and many posts with several workers at once give each mail exactly once.
 */
class OutboxDeliveryTests extends MailScenario {

	@Autowired
	Outbox outbox;

	@Autowired
	MutableClock clock;

	@Test
	void anSmtpOutageDelaysMailButLosesNoneAndSendsEachOnce() throws Exception {
		String moderator = this.steps.moderator("outage", Frequency.EACH);
		MailSink.stop();
		List<Long> held = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			long started = System.nanoTime();
			held.add(this.steps.reply(this.story.getSlug(), "Held while SMTP is down " + i, "Poster " + i,
					this.steps.address("poster" + i)));
			assertThat(Duration.ofNanos(System.nanoTime() - started)).as("posting does not wait for SMTP")
				.isLessThan(Duration.ofSeconds(5));
		}

		this.steps.work();
		assertThat(queued(moderator)).isEqualTo(5);
		Instant failedAt = this.clock.instant();
		assertThat(nextAttempts(moderator)).as("the failed one backs off 30 s")
			.contains(failedAt.plusSeconds(30).truncatedTo(ChronoUnit.MILLIS));
		this.steps.later(Duration.ofSeconds(10));
		this.steps.work();
		this.steps.later(Duration.ofMinutes(2));
		this.steps.work();
		assertThat(queued(moderator)).as("still down: nothing lost, nothing sent").isEqualTo(5);
		assertThat(MailSink.to(moderator)).isEmpty();

		MailSink.start();
		this.steps.later(Duration.ofSeconds(30));
		this.steps.work();
		this.steps.later(Duration.ofMinutes(10));
		this.steps.work();

		List<MailSink.Received> mails = MailSink.to(moderator);
		assertThat(mails).hasSize(5);
		assertThat(mails.stream().map((mail) -> mail.link("/moderation/replies/")))
			.containsExactlyInAnyOrderElementsOf(held.stream().map(OutboxDeliveryTests::queueLink).toList());
		assertThat(queued(moderator)).isZero();
	}

	@Test
	void aSenderThatDiesMidSendRepeatsAtMostTheOneMessageItHeld() throws Exception {
		String moderator = this.steps.moderator("crash", Frequency.EACH);
		for (int i = 0; i < 3; i++) {
			this.steps.reply(this.story.getSlug(), "Crash test " + i, "Crash " + i, this.steps.address("c" + i));
		}
		this.context.getBean(NoticeBatcher.class).batch(this.clock.instant());
		long held = ids(moderator).get(0);
		Instant now = this.clock.instant();
		assertThat(this.outbox.claim(held, now, now.plus(Duration.ofMinutes(5)))).as("the sender that dies")
			.isPresent();

		this.steps.work();
		assertThat(MailSink.to(moderator)).as("the others go at once").hasSize(2);

		this.steps.later(Duration.ofMinutes(6));
		this.steps.work();
		this.steps.work();
		assertThat(MailSink.to(moderator)).as("its message once the lease ran out, and only once").hasSize(3);
	}

	@Test
	void aHundredParallelPostsWithFourWorkersMailEachModeratorExactlyOnce() throws Exception {
		String each = this.steps.moderator("parallel-each", Frequency.EACH);
		String digest = this.steps.moderator("parallel-digest", Frequency.DIGEST);
		List<Integer> statuses = atOnce(100,
				(i) -> this.mvc
					.perform(ReaderReplies.reply(this.context, this.story.getSlug(), "Parallel post " + i,
							"Parallel " + i, this.steps.address("parallel" + i)))
					.andReturn()
					.getResponse()
					.getStatus());
		assertThat(statuses).hasSize(100).containsOnly(303);

		atOnce(4, (i) -> {
			this.steps.work();
			return 1;
		});
		this.steps.later(Duration.ofMinutes(61));
		atOnce(4, (i) -> {
			this.steps.work();
			return 1;
		});

		List<MailSink.Received> mails = MailSink.to(each);
		assertThat(mails).hasSize(100);
		assertThat(mails.stream().map((mail) -> mail.link("/moderation/replies/"))).doesNotHaveDuplicates();
		assertThat(mails.stream().map((mail) -> mail.header("Message-ID"))).doesNotHaveDuplicates();
		List<MailSink.Received> digests = MailSink.to(digest);
		assertThat(digests).hasSize(1);
		assertThat(digests.get(0).links().stream().filter((link) -> link.contains("/moderation/replies/"))).hasSize(100)
			.doesNotHaveDuplicates();
	}

	private <T> List<T> atOnce(int count, Step<T> step) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(count, 16));
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int n = i;
				Callable<T> call = () -> {
					start.await();
					return step.run(n);
				};
				futures.add(pool.submit(call));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get(60, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	@FunctionalInterface
	interface Step<T> {

		T run(int n) throws Exception;

	}

	private int queued(String recipient) {
		return this.jdbc.queryForObject(
				"select count(*) from mail_message where recipient_key = ? and status in ('QUEUED', 'SENDING')",
				Integer.class, recipient.toLowerCase());
	}

	private List<Instant> nextAttempts(String recipient) {
		return this.jdbc
			.queryForList("select next_attempt_at from mail_message where recipient_key = ?", Timestamp.class,
					recipient.toLowerCase())
			.stream()
			.map((at) -> at.toInstant().truncatedTo(ChronoUnit.MILLIS))
			.toList();
	}

	private List<Long> ids(String recipient) {
		return this.jdbc.queryForList("select id from mail_message where recipient_key = ? order by id", Long.class,
				recipient.toLowerCase());
	}

	private static String queueLink(long replyId) {
		return "https://news.example.org/moderation/replies/" + replyId;
	}

}
