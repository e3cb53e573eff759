package org.broadsheet.reply;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * The rule chain: rules run in their {@code @Order} and the first that decides wins. Each
 * decision is counted as {@code broadsheet.replies.decisions} tagged with the deciding
 * rule and the outcome (approved, pending, spam or refused).
 */
@Component
class ReplyRules {

	private final List<ReplyRule> rules;

	private final MeterRegistry registry;

	ReplyRules(List<ReplyRule> rules, MeterRegistry registry) {
		this.rules = rules;
		this.registry = registry;
	}

	Verdict judge(Submission submission) {
		for (ReplyRule rule : this.rules) {
			Optional<Verdict> verdict = rule.judge(submission);
			if (verdict.isPresent()) {
				count(verdict.get());
				return verdict.get();
			}
		}
		throw new IllegalStateException("No rule decided");
	}

	private void count(Verdict verdict) {
		String rule;
		String outcome;
		if (verdict instanceof Verdict.Store store) {
			rule = store.rule();
			outcome = store.status().name();
		}
		else {
			rule = ((Verdict.Refuse) verdict).refusal().name();
			outcome = "refused";
		}
		this.registry
			.counter("broadsheet.replies.decisions", "rule", rule.toLowerCase(Locale.ROOT), "outcome",
					outcome.toLowerCase(Locale.ROOT))
			.increment();
	}

}
