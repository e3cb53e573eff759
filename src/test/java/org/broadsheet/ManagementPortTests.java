package org.broadsheet;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Actuator answers on the management port only: the public port, where readers (and
 * anyone else) come in, has no {@code /actuator} at all.
 */
@BehindTrustedProxy
class ManagementPortTests {

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Test
	void thePublicPortHasNoActuator() {
		assertThat(this.managementPort).isNotEqualTo(this.port);
		for (String path : new String[] { "/actuator", "/actuator/health", "/actuator/health/readiness",
				"/actuator/prometheus", "/actuator/info", "/actuator/env" }) {
			assertThat(Http.to(this.port).get(path).statusCode()).as(path).isEqualTo(404);
		}
	}

	@Test
	void healthWithLivenessAndReadinessIsOnTheManagementPort() {
		Http management = Http.to(this.managementPort);
		assertThat(management.get("/actuator/health").body()).contains("\"status\":\"UP\"")
			.contains("liveness", "readiness");
		assertThat(management.get("/actuator/health/liveness").body()).contains("\"status\":\"UP\"");
		assertThat(management.get("/actuator/health/readiness").body()).contains("\"status\":\"UP\"");
	}

	@Test
	void infoTellsTheBuildVersion() {
		assertThat(Http.to(this.managementPort).get("/actuator/info").body()).contains("\"version\":\"")
			.contains("\"artifact\":\"broadsheet\"");
	}

	@Test
	void prometheusIsServedAndNothingElseIsExposed() {
		Http management = Http.to(this.managementPort);
		assertThat(management.get("/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
		assertThat(management.get("/actuator/env").statusCode()).isEqualTo(404);
		assertThat(management.get("/actuator/beans").statusCode()).isEqualTo(404);
	}

}
