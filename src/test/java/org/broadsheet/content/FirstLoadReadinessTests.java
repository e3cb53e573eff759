package org.broadsheet.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.broadsheet.BroadsheetApplication;
import org.broadsheet.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.test.util.TestSocketUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cold start as an operator's orchestrator sees it: while the first content load runs,
 * the context is alive (liveness UP) but not ready (readiness DOWN, the public port 503);
 * once it has finished, ready. The load is held by a test-only hook on the first run.
 */
class FirstLoadReadinessTests {

	static final CountDownLatch LOAD_STARTED = new CountDownLatch(1);

	static final CountDownLatch RELEASE_LOAD = new CountDownLatch(1);

	@TempDir
	Path content;

	@Test
	void readinessIsDownUntilTheFirstLoadHasFinished() throws Exception {
		Files.createDirectories(this.content.resolve("world"));
		Files.writeString(this.content.resolve("world/held.md"),
				"---\ntitle: Held back\ndate: 2025-06-01T09:00:00Z\nsection: World\n---\n\nBody.\n");
		int port = TestSocketUtils.findAvailableTcpPort();
		int managementPort = TestSocketUtils.findAvailableTcpPort();
		CompletableFuture<ConfigurableApplicationContext> started = CompletableFuture.supplyAsync(
				() -> new SpringApplicationBuilder(BroadsheetApplication.class, HeldFirstLoad.class).profiles("test")
					.run("--server.port=" + port, "--management.server.port=" + managementPort,
							"--broadsheet.content.dir=" + this.content));
		try {
			assertThat(LOAD_STARTED.await(120, TimeUnit.SECONDS)).isTrue();
			Http management = Http.to(managementPort);
			assertThat(management.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
			assertThat(management.get("/actuator/health/readiness").statusCode()).isEqualTo(503);
			assertThat(management.get("/actuator/health/readiness").body()).contains("OUT_OF_SERVICE");
			assertThat(Http.to(port).get("/").statusCode()).isEqualTo(503);
			assertThat(Http.to(port).get("/").headers().firstValue("Retry-After")).isPresent();
		}
		finally {
			RELEASE_LOAD.countDown();
		}
		try (ConfigurableApplicationContext context = started.get(120, TimeUnit.SECONDS)) {
			assertThat(Http.to(managementPort).get("/actuator/health/readiness").body()).contains("\"status\":\"UP\"");
			assertThat(Http.to(port).get("/articles/held").statusCode()).isEqualTo(200);
		}
	}

	/** Holds the first load at its start until the test lets it go. */
	@TestConfiguration(proxyBeanMethods = false)
	static class HeldFirstLoad {

		@Bean
		static BeanPostProcessor holdFirstLoad() {
			return HeldLoads.holding(LOAD_STARTED, RELEASE_LOAD);
		}

	}

}
