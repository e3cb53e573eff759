package org.broadsheet.content;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class LoadProgressTests {

	AtomicLong nanos = new AtomicLong();

	LoadProgress progress = new LoadProgress(20_000, Duration.ofSeconds(10), this.nanos::get);

	void files(int count, Duration each) {
		for (int i = 0; i < count; i++) {
			this.nanos.addAndGet(each.toNanos());
			this.progress.fileDone();
		}
	}

	@Test
	void aLongLoadTellsHowFarItHasComeEveryTenSeconds(CapturedOutput output) {
		files(4_999, Duration.ofMillis(2));
		assertThat(output).doesNotContain("Loading content:");
		files(1, Duration.ofMillis(2));
		assertThat(output).contains("Loading content: 5,000 of 20,000 files");
		files(5_000, Duration.ofMillis(2));
		assertThat(output).contains("Loading content: 10,000 of 20,000 files");
		assertThat(output.toString().lines().filter((line) -> line.contains("Loading content:"))).hasSize(2);
	}

	@Test
	void aQuickLoadSaysNothingBesidesItsSummary(CapturedOutput output) {
		files(19_999, Duration.ofNanos(1000));
		assertThat(output).doesNotContain("Loading content:");
	}

}
