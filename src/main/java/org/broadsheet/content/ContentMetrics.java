package org.broadsheet.content;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * Content loads as an operator sees them: {@code broadsheet.content.files} by result
 * (loaded, unchanged, removed, failed) and {@code broadsheet.content.load} (the duration
 * of each run).
 */
@Component
class ContentMetrics {

	private final Counter loaded;

	private final Counter unchanged;

	private final Counter removed;

	private final Counter failed;

	private final Timer runs;

	ContentMetrics(MeterRegistry registry) {
		this.loaded = files(registry, "loaded");
		this.unchanged = files(registry, "unchanged");
		this.removed = files(registry, "removed");
		this.failed = files(registry, "failed");
		this.runs = Timer.builder("broadsheet.content.load")
			.description("Runs of the content loader, from the first file read to the last stored")
			.register(registry);
	}

	private static Counter files(MeterRegistry registry, String result) {
		return Counter.builder("broadsheet.content.files")
			.description("Story files seen by content loads, by what became of them")
			.tag("result", result)
			.register(registry);
	}

	void record(LoadReport report) {
		this.loaded.increment(report.loaded());
		this.unchanged.increment(report.unchanged());
		this.removed.increment(report.removed());
		this.failed.increment(report.failed());
		this.runs.record(Duration.ofMillis(report.millis()));
	}

}
