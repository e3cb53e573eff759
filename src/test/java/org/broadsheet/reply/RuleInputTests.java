package org.broadsheet.reply;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class RuleInputTests {

	AtomicInteger reads = new AtomicInteger();

	RuleInput<Integer> input = new RuleInput<>("test", this.reads::incrementAndGet);

	@Test
	void nothingIsTrustedBeforeTheFirstReadAndTheFirstAskStartsOne() {
		assertThat(this.input.current()).isEmpty();
		await().atMost(Duration.ofSeconds(5)).until(() -> this.input.current().isPresent());
		assertThat(this.input.current()).contains(1);
	}

	@Test
	void aForgottenValueIsNotAnsweredUntilReadAgain() {
		this.input.load();
		assertThat(this.input.current()).contains(1);
		this.input.forget();
		assertThat(this.input.current()).isEmpty();
		await().atMost(Duration.ofSeconds(5)).until(() -> this.input.current().isPresent());
		assertThat(this.input.current()).contains(2);
	}

	@Test
	void aReadThatStartedBeforeAChangeIsNotTrustedAfterIt() {
		AtomicReference<RuleInput<Integer>> slow = new AtomicReference<>();
		slow.set(new RuleInput<>("slow", () -> {
			int value = this.reads.incrementAndGet();
			if (value == 1) {
				slow.get().forget(); // the change lands while the first read is under way
			}
			return value;
		}));
		slow.get().load();
		assertThat(slow.get().current()).isEmpty();
		await().atMost(Duration.ofSeconds(5)).until(() -> slow.get().current().isPresent());
		assertThat(slow.get().current()).contains(2);
	}

}
