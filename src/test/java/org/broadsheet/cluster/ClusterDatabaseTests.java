package org.broadsheet.cluster;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class ClusterDatabaseTests {

	DriverManagerDataSource h2 = new DriverManagerDataSource(
			"jdbc:h2:mem:cluster-" + UUID.randomUUID() + ";MODE=PostgreSQL", "sa", "");

	static ClusterProperties settings(boolean enabled) {
		return new ClusterProperties(enabled, Duration.ofSeconds(5));
	}

	@Test
	void clusteringAskedForOnH2IsRefusedWithOneWarningAtStartUp(CapturedOutput output) {
		ClusterDatabase database = new ClusterDatabase(this.h2, settings(true));
		assertThat(database.active()).isFalse();
		assertThat(output.getOut()).containsOnlyOnce("broadsheet.cluster.enabled is set but the database is H2")
			.contains("needs PostgreSQL");
	}

	@Test
	void oneInstanceOnH2SaysNothing(CapturedOutput output) {
		assertThat(new ClusterDatabase(this.h2, settings(false)).active()).isFalse();
		assertThat(output.getOut()).doesNotContain("broadsheet.cluster");
	}

	@Test
	void withoutClusteringTheClusterLockSimplyRunsTheWork() {
		ClusterLock lock = new ClusterLock(new ClusterDatabase(this.h2, settings(false)), this.h2);
		assertThat(lock.whileHolding(1, () -> "ran")).contains("ran");
	}

}
