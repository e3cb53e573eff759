package org.broadsheet.content;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.broadsheet.BroadsheetApplication;
import org.broadsheet.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.test.util.TestSocketUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A restart with stories already stored: the portal is ready as soon as its public port
 * listens, before the rest of the start-up, and serves what is stored while the content
 * folder is checked in the background; a file changed while it was down shows once the
 * check has stored it. The check and a start-up step are held by test-only hooks.
 */
class StartFromStoredTests {

	static final CountDownLatch CHECK_STARTED = new CountDownLatch(1);

	static final CountDownLatch RELEASE_CHECK = new CountDownLatch(1);

	static final CountDownLatch RUNNER_STARTED = new CountDownLatch(1);

	static final CountDownLatch RELEASE_RUNNER = new CountDownLatch(1);

	@TempDir
	Path content;

	@TempDir
	Path data;

	@Test
	void storedStoriesAreServedWhileTheFolderIsCheckedInTheBackground() throws Exception {
		Path file = this.content.resolve("world/kept.md");
		Files.createDirectories(file.getParent());
		Files.writeString(file, story("Kept as stored"));
		try (ConfigurableApplicationContext first = start(BroadsheetApplication.class)) {
			assertThat(Http.to(port(first)).get("/articles/kept").body()).contains("Kept as stored");
		}
		Files.writeString(file, story("Changed while down"));
		try (ConfigurableApplicationContext second = start(BroadsheetApplication.class, HeldCheck.class)) {
			assertThat(CHECK_STARTED.await(60, TimeUnit.SECONDS)).isTrue();
			int port = port(second);
			assertThat(Http.to(port).get("/articles/kept").body()).contains("Kept as stored");
			RELEASE_CHECK.countDown();
			await().atMost(Duration.ofSeconds(30))
				.until(() -> Http.to(port).get("/articles/kept").body().contains("Changed while down"));
		}
		finally {
			RELEASE_CHECK.countDown();
		}
	}

	@Test
	void storedStoriesAreServedBeforeTheRestOfTheStartUpHasFinished() throws Exception {
		Path file = this.content.resolve("world/kept.md");
		Files.createDirectories(file.getParent());
		Files.writeString(file, story("Kept as stored"));
		start(BroadsheetApplication.class).close();
		CompletableFuture<ConfigurableApplicationContext> restarted = CompletableFuture
			.supplyAsync(() -> start(BroadsheetApplication.class, HeldRunner.class));
		try {
			assertThat(RUNNER_STARTED.await(60, TimeUnit.SECONDS)).isTrue();
			HttpResponse<String> story = Http.to(HeldRunner.port).get("/articles/kept");
			assertThat(story.statusCode()).isEqualTo(200);
			assertThat(story.body()).contains("Kept as stored");
		}
		finally {
			RELEASE_RUNNER.countDown();
		}
		restarted.get(60, TimeUnit.SECONDS).close();
	}

	private ConfigurableApplicationContext start(Class<?>... sources) {
		int port = TestSocketUtils.findAvailableTcpPort();
		return new SpringApplicationBuilder(sources).profiles("test")
			.run("--server.port=" + port, "--management.server.port=0", "--broadsheet.content.dir=" + this.content,
					"--spring.datasource.url=jdbc:h2:file:" + this.data.resolve("db")
							+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
	}

	private static int port(ConfigurableApplicationContext context) {
		return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
	}

	private static String story(String title) {
		return "---\ntitle: " + title + "\nslug: kept\ndate: 2025-06-01T09:00:00Z\nsection: World\n---\n\nBody.\n";
	}

	/** A start-up step that runs before the content check and waits for the test. */
	@TestConfiguration(proxyBeanMethods = false)
	static class HeldRunner {

		static volatile int port;

		@Bean
		@Order(Ordered.HIGHEST_PRECEDENCE)
		ApplicationRunner heldRunner(Environment environment) {
			return (args) -> {
				port = Integer.parseInt(environment.getProperty("local.server.port"));
				RUNNER_STARTED.countDown();
				RELEASE_RUNNER.await(60, TimeUnit.SECONDS);
			};
		}

	}

	/** Holds the start-up check of the content folder until the test lets it go. */
	@TestConfiguration(proxyBeanMethods = false)
	static class HeldCheck {

		@Bean
		static BeanPostProcessor holdStartCheck() {
			return HeldLoads.holding(CHECK_STARTED, RELEASE_CHECK);
		}

	}

}
