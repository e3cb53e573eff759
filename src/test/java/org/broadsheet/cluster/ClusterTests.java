package org.broadsheet.cluster;

import java.io.IOException;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.broadsheet.EmbeddedPostgresInitializer;
import org.broadsheet.article.ArticlesChanged;
import org.broadsheet.content.ContentLoader;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the portal on one PostgreSQL database and one content folder, as
 * behind a load balancer: they import once, refuse abuse together, share staff sessions
 * and form tokens, and show each other's changes within two seconds. One start per
 * instance for the whole class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterTests {

	static final int STORIES = 40;

	static final long PROPAGATION_MILLIS = 2000;

	static final String PASSWORD = "cluster-admin-password";

	Path folder;

	Map<String, Object> database;

	ClusterInstance a;

	ClusterInstance b;

	final AtomicInteger clients = new AtomicInteger();

	@BeforeAll
	void startTwoInstancesTogether() throws Exception {
		this.folder = Files.createTempDirectory(Path.of("target"), "cluster-content");
		for (int i = 1; i <= STORIES; i++) {
			write("story-" + i, "Story " + i, "Text of story " + i + ".");
		}
		this.database = EmbeddedPostgresInitializer.newDatabase();
		Map<String, Object> properties = new HashMap<>(this.database);
		properties.put("server.port", "0");
		properties.put("broadsheet.content.dir", this.folder.toString());
		properties.put("broadsheet.page-cache.enabled", "true");
		properties.put("broadsheet.page-cache.ttl", "1h");
		properties.put("broadsheet.trusted-proxies", "127.0.0.1,::1");
		// the reply rules' own setting until the client address is read in one place
		properties.put("broadsheet.replies.trusted-proxies", "127.0.0.1,::1");
		properties.put("broadsheet.replies.min-seconds", "0");
		properties.put("broadsheet.admin-password", PASSWORD);
		properties.put("broadsheet.cluster.import-retry", "1s");
		CompletableFuture<ClusterInstance> first = CompletableFuture
			.supplyAsync(() -> ClusterInstance.start("A", properties));
		CompletableFuture<ClusterInstance> second = CompletableFuture
			.supplyAsync(() -> ClusterInstance.start("B", properties));
		this.a = first.get(3, TimeUnit.MINUTES);
		this.b = second.get(3, TimeUnit.MINUTES);
	}

	@AfterAll
	void stop() {
		if (this.a != null) {
			this.a.close();
		}
		if (this.b != null) {
			this.b.close();
		}
	}

	@Test
	void twoInstancesStartedTogetherStoreEachStoryOnce() {
		assertThat(count("select count(*) from article")).isEqualTo(STORIES);
		assertThat(count("select count(distinct source_path) from article")).isEqualTo(STORIES);
		for (ClusterInstance instance : List.of(this.a, this.b)) {
			instance.bean(ContentLoader.class)
				.lastReport()
				.ifPresent((report) -> assertThat(report.failed()).as(instance + " failed files").isZero());
		}
		assertThat(this.b.get("/articles/story-1").statusCode()).isEqualTo(200);
		assertThat(this.a.get("/articles/story-" + STORIES).statusCode()).isEqualTo(200);
	}

	@Test
	void aStoryChangedOnOneInstanceShowsOnTheOtherWithinTwoSeconds() throws IOException {
		HttpResponse<String> before = this.b.get("/articles/story-2");
		assertThat(before.body()).contains("Story 2");
		String etag = before.headers().firstValue("ETag").orElseThrow();
		assertThat(this.b.get("/search?q=zeppelin").body()).doesNotContain("/articles/story-2");

		write("story-2", "Story 2 rewritten", "Now with a zeppelin.");
		this.a.bean(ContentLoader.class).load();

		long delay = within(() -> this.b.get("/articles/story-2").body().contains("Story 2 rewritten"));
		within(() -> this.b.get("/search?q=zeppelin").body().contains("/articles/story-2"));
		within(() -> !this.b.get("/articles/story-2").headers().firstValue("ETag").orElseThrow().equals(etag));
		System.out.println("Cluster propagation: a story changed on A showed on B after " + delay + " ms");
	}

	@Test
	void aStoryUnpublishedOnOneInstanceIsGoneFromTheOtherWithinTwoSeconds() throws IOException {
		assertThat(this.b.get("/articles/story-3").statusCode()).isEqualTo(200);
		Files.delete(this.folder.resolve("story-3.md"));
		this.a.bean(ContentLoader.class).load();
		within(() -> this.b.get("/articles/story-3").statusCode() == 404);
	}

	@Test
	void aScheduledStoryGoesLiveOnBothInstancesAnnouncedOnceForTheCluster() throws IOException {
		assertThat(this.b.get("/sections/world").body()).doesNotContain("/articles/scheduled-story");
		Instant live = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
		Files.writeString(this.folder.resolve("scheduled-story.md"),
				"---\ntitle: Scheduled story\ndate: " + live + "\nsection: World\n---\nOut at its time.\n");
		this.a.bean(ContentLoader.class).load();
		long id = count("select id from article where slug = 'scheduled-story'");
		AtomicInteger announced = this.a.count(ArticlesChanged.class, (event) -> event.articleIds().contains(id));
		AtomicInteger announcedOnB = this.b.count(ArticlesChanged.class, (event) -> event.articleIds().contains(id));

		within(5000, () -> !Instant.now().isBefore(live));
		within(() -> this.b.get("/sections/world").body().contains("/articles/scheduled-story"));
		within(() -> this.a.get("/sections/world").body().contains("/articles/scheduled-story"));
		within(3000, () -> announced.get() + announcedOnB.get() > 0);
		pause(2500);
		assertThat(announced.get() + announcedOnB.get()).as("announcements across the cluster").isEqualTo(1);
	}

	@Test
	void oneClientPostingToBothInstancesWithinTheFloodIntervalGets429FromTheSecond() {
		String token = tokenFrom(this.a, "story-4");
		String client = nextClient();
		assertThat(this.a.reply("story-4", token, "First thought", "flood@example.org", client).statusCode())
			.isEqualTo(303);
		HttpResponse<String> second = this.b.reply("story-4", token, "Second thought", "flood@example.org", client);
		assertThat(second.statusCode()).isEqualTo(429);
		assertThat(second.headers().firstValue("Retry-After")).isPresent();
	}

	@Test
	void twoHundredParallelPostsFromDistinctClientsAreEachStoredExactlyOnce() throws Exception {
		String token = tokenFrom(this.a, "story-5");
		List<Integer> statuses = atOnce(200,
				(i) -> ((i % 2 == 0) ? this.a : this.b)
					.reply("story-5", token, "Parallel reply " + i, "parallel-" + i + "@example.org", nextClient())
					.statusCode());
		assertThat(statuses).containsOnly(303);
		assertThat(count(
				"select count(*) from reply r join article a on a.id = r.article_id" + " where a.slug = 'story-5'"))
			.isEqualTo(200);
		assertThat(count("select count(distinct body) from reply r join article a on a.id = r.article_id"
				+ " where a.slug = 'story-5'"))
			.isEqualTo(200);
	}

	@Test
	void thirtyTwoIdenticalPostsAtOnceOnBothInstancesStoreExactlyOne() throws Exception {
		String token = tokenFrom(this.b, "story-6");
		List<Integer> statuses = atOnce(32,
				(i) -> ((i % 2 == 0) ? this.a : this.b)
					.reply("story-6", token, "Said once", "same@example.org", nextClient())
					.statusCode());
		assertThat(statuses).filteredOn((status) -> status == 303).hasSize(1);
		assertThat(statuses).filteredOn((status) -> status == 409).hasSize(31);
		assertThat(count(
				"select count(*) from reply r join article a on a.id = r.article_id" + " where a.slug = 'story-6'"))
			.isEqualTo(1);
	}

	@Test
	void aStaffSessionStartedOnOneInstanceModeratesOnTheOtherAndBothShowTheReply() {
		String token = tokenFrom(this.b, "story-7");
		assertThat(this.b.reply("story-7", token, "Worth approving", "approve@example.org", nextClient()).statusCode())
			.isEqualTo(303);
		long replyId = count(
				"select r.id from reply r join article a on a.id = r.article_id" + " where a.slug = 'story-7'");
		assertThat(this.a.get("/articles/story-7").body()).doesNotContain("Worth approving");

		HttpClient staff = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String loginCsrf = csrf(this.a.get(staff, "/login"));
		HttpResponse<String> login = this.a.post(staff, "/login",
				Map.of("username", "admin", "password", PASSWORD, "_csrf", loginCsrf), "198.51.100.1");
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");

		HttpResponse<String> queue = this.b.get(staff, "/moderation");
		assertThat(queue.statusCode()).as("the session crosses to B").isEqualTo(200);
		HttpResponse<String> approve = this.b.post(staff, "/moderation/replies/" + replyId + "/approve",
				Map.of("version", "0", "_csrf", csrf(queue)), "198.51.100.1");
		assertThat(approve.statusCode()).isEqualTo(302);

		long delay = within(() -> this.a.get("/articles/story-7").body().contains("Worth approving"));
		System.out.println("Cluster propagation: a reply approved on B showed on A after " + delay + " ms");
	}

	@Test
	void anImportSkippedWhileAnotherHolderHasTheLockIsFinishedOnceTheHolderIsGone() throws Exception {
		write("late-story", "Late story", "Written while the other importer held the lock.");
		ContentLoader loader = this.b.bean(ContentLoader.class);
		try (Connection holder = DriverManager.getConnection((String) this.database.get("BROADSHEET_DB_URL"),
				(String) this.database.get("BROADSHEET_DB_USER"), "")) {
			try (Statement statement = holder.createStatement()) {
				statement.execute("select pg_advisory_lock(" + ContentLoader.IMPORT_LOCK + ")");
			}
			assertThat(loader.load().unchanged()).as("skipped while the lock is held").isZero();
			assertThat(count("select count(*) from article where slug = 'late-story'")).isZero();
		}
		within(10_000, () -> count("select count(*) from article where slug = 'late-story'") == 1);
		assertThat(this.a.get("/articles/late-story").statusCode()).isEqualTo(200);
	}

	private void write(String slug, String title, String text) throws IOException {
		Files.writeString(this.folder.resolve(slug + ".md"),
				"---\ntitle: " + title + "\ndate: 2025-01-15\nsection: World\n---\n" + text + "\n");
	}

	private long count(String sql) {
		return this.a.jdbc().queryForObject(sql, Long.class);
	}

	private String nextClient() {
		int n = this.clients.incrementAndGet(); // called from many threads at once
		return "203.0." + (n / 250) + "." + (1 + n % 250);
	}

	private static String tokenFrom(ClusterInstance instance, String slug) {
		return Jsoup.parse(instance.get("/articles/" + slug).body()).select("input[name=token]").first().val();
	}

	private static String csrf(HttpResponse<String> page) {
		return Jsoup.parse(page.body()).select("input[name=_csrf]").first().val();
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static long within(BooleanSupplier condition) {
		return within(PROPAGATION_MILLIS, condition);
	}

	/** Polls until the condition holds; answers how long it took, or fails. */
	private static long within(long millis, BooleanSupplier condition) {
		long start = System.nanoTime();
		while (!condition.getAsBoolean()) {
			long elapsed = (System.nanoTime() - start) / 1_000_000;
			assertThat(elapsed).as("milliseconds waited").isLessThan(millis);
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		return (System.nanoTime() - start) / 1_000_000;
	}

	private static List<Integer> atOnce(int count, java.util.function.IntFunction<Integer> request) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(32);
		try {
			List<Future<Integer>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int n = i;
				futures.add(pool.submit(() -> request.apply(n)));
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> future : futures) {
				statuses.add(future.get(2, TimeUnit.MINUTES));
			}
			return statuses;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
