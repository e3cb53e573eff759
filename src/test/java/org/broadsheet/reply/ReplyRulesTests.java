package org.broadsheet.reply;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class ReplyRulesTests {

	static final Instant NOW = Instant.parse("2026-11-29T05:00:00Z");

	static Submission submission(String text) {
		return submission(text, "Ada", "ada@example.org", null, null, Duration.ofSeconds(30));
	}

	static Submission submission(String text, String name, String email, String website, String honeypot,
			Duration since) {
		return new Submission(7L, new ReplyAuthor(name, email, website), text, honeypot, since, "iphash", "uahash",
				NOW);
	}

	static ReplyProperties properties(List<String> disallowed, List<String> moderated, boolean trusted) {
		return new ReplyProperties(3, 15, 5, 2, disallowed, moderated, trusted, 3, null, Duration.ofHours(24));
	}

	static Optional<ReplyStatus> status(Optional<Verdict> verdict) {
		return verdict.map((v) -> ((Verdict.Store) v).status());
	}

	@Nested
	class Honeypot {

		HoneypotRule rule = new HoneypotRule(ReplyProperties.defaults());

		@Test
		void aFilledHoneypotIsSpam() {
			assertThat(status(this.rule.judge(submission("Hi", "Ada", "a@b.co", null, "x", Duration.ofMinutes(1)))))
				.contains(ReplyStatus.SPAM);
		}

		@Test
		void aFormPostedFasterThanThreeSecondsIsSpam() {
			Optional<Verdict> verdict = this.rule
				.judge(submission("Hi", "Ada", "a@b.co", null, "", Duration.ofMillis(2900)));
			assertThat(status(verdict)).contains(ReplyStatus.SPAM);
			assertThat(((Verdict.Store) verdict.get()).rule()).isEqualTo("too-fast");
		}

		@Test
		void anEmptyHoneypotAfterThreeSecondsLetsTheNextRuleDecide() {
			assertThat(this.rule.judge(submission("Hi", "Ada", "a@b.co", null, "", Duration.ofSeconds(3)))).isEmpty();
		}

		@Test
		void minSecondsZeroLetsAnInstantPostThrough() {
			HoneypotRule fast = new HoneypotRule(
					new ReplyProperties(0, 15, 5, 2, List.of(), List.of(), true, 3, null, Duration.ofHours(1)));
			assertThat(fast.judge(submission("Hi", "Ada", "a@b.co", null, null, Duration.ZERO))).isEmpty();
		}

	}

	@Nested
	class Duplicate {

		ReplyStore replies = mock(ReplyStore.class);

		DuplicateRule rule = new DuplicateRule(this.replies, ClaimsDatabase.claims());

		@Test
		void theSameTextByTheSameEmailOnTheSameStoryIsRefused() {
			given(this.replies.isDuplicate(7L, ReplyAuthor.sha256("Hi"), "ada@example.org")).willReturn(true);
			Optional<Verdict> verdict = this.rule
				.judge(submission("Hi", "Ada", " ADA@Example.org", null, null, Duration.ofMinutes(1)));
			assertThat(verdict).containsInstanceOf(Verdict.Refuse.class);
			assertThat(((Verdict.Refuse) verdict.get()).refusal()).isEqualTo(Verdict.Refusal.DUPLICATE);
		}

		@Test
		void newTextPasses() {
			assertThat(this.rule.judge(submission("Hi"))).isEmpty();
		}

		@Test
		void theSameTextClaimedByAPostInProgressIsRefusedBeforeItIsStored() {
			assertThat(this.rule.judge(submission("Hi"))).isEmpty();
			Optional<Verdict> second = this.rule
				.judge(submission("Hi", "Ada", "ADA@example.org", null, null, Duration.ofMinutes(1)));
			assertThat(second).contains(new Verdict.Refuse(Verdict.Refusal.DUPLICATE, Duration.ZERO));
		}

	}

	@Nested
	class Flood {

		ReplyClaims claims = ClaimsDatabase.claims();

		FloodRule rule = new FloodRule(this.claims, ReplyProperties.defaults());

		@Test
		void aSecondReplyWithinFifteenSecondsIsRefusedWithTheWait() {
			this.claims.claim(ReplyClaims.Kind.FLOOD, "iphash", NOW.minusSeconds(5), NOW.plusSeconds(10));
			Optional<Verdict> verdict = this.rule.judge(submission("Hi"));
			assertThat(verdict).contains(new Verdict.Refuse(Verdict.Refusal.FLOOD, Duration.ofSeconds(10)));
		}

		@Test
		void aReplyAfterFifteenSecondsPasses() {
			this.claims.claim(ReplyClaims.Kind.FLOOD, "iphash", NOW.minusSeconds(15), NOW);
			assertThat(this.rule.judge(submission("Hi"))).isEmpty();
		}

		@Test
		void aFirstReplyPassesAndHoldsTheAddressForTheInterval() {
			assertThat(this.rule.judge(submission("Hi"))).isEmpty();
			assertThat(this.claims.claim(ReplyClaims.Kind.FLOOD, "iphash", NOW.plusSeconds(14), NOW.plusSeconds(29)))
				.contains(NOW.plusSeconds(15));
		}

		@Test
		void anotherAddressIsNotHeld() {
			assertThat(this.rule.judge(submission("Hi"))).isEmpty();
			assertThat(this.claims.claim(ReplyClaims.Kind.FLOOD, "otherhash", NOW, NOW.plusSeconds(15))).isEmpty();
		}

	}

	@Nested
	class DisallowedWords {

		DisallowedWordsRule rule = new DisallowedWordsRule(properties(List.of("casino", " "), List.of(), true));

		@Test
		void aDisallowedWordInTheTextIsSpam() {
			assertThat(status(this.rule.judge(submission("Best CASINOS here")))).contains(ReplyStatus.SPAM);
		}

		@Test
		void aDisallowedWordInTheNameEmailOrWebsiteIsSpam() {
			assertThat(status(
					this.rule.judge(submission("Hi", "Casino King", "a@b.co", null, null, Duration.ofMinutes(1)))))
				.isPresent();
			assertThat(
					status(this.rule.judge(submission("Hi", "Ada", "a@casino.co", null, null, Duration.ofMinutes(1)))))
				.isPresent();
			assertThat(status(this.rule
				.judge(submission("Hi", "Ada", "a@b.co", "https://casino.example", null, Duration.ofMinutes(1)))))
				.isPresent();
		}

		@Test
		void fullWidthLookAlikesMatch() {
			assertThat(status(this.rule.judge(submission("ｃａｓｉｎｏ")))).contains(ReplyStatus.SPAM);
		}

		@Test
		void cleanTextAndBlankListEntriesPass() {
			assertThat(this.rule.judge(submission("A thoughtful reply"))).isEmpty();
		}

	}

	@Nested
	class HoldForModeration {

		HoldForModerationRule rule = new HoldForModerationRule(properties(List.of(), List.of("lawsuit"), true));

		@Test
		void aModerationWordHoldsTheReplyWithTheReason() {
			Optional<Verdict> verdict = this.rule.judge(submission("A Lawsuit is coming"));
			assertThat(status(verdict)).contains(ReplyStatus.PENDING);
			assertThat(((Verdict.Store) verdict.get()).reason()).contains("lawsuit");
		}

		@Test
		void twoLinksHoldTheReply() {
			Optional<Verdict> verdict = this.rule.judge(submission("See https://a.example and http://b.example."));
			assertThat(status(verdict)).contains(ReplyStatus.PENDING);
			assertThat(((Verdict.Store) verdict.get()).reason()).isEqualTo("contains 2 links");
		}

		@Test
		void oneLinkPasses() {
			assertThat(this.rule.judge(submission("See https://a.example"))).isEmpty();
		}

	}

	@Nested
	class PreviouslyApproved {

		ApprovedAuthors authors = mock(ApprovedAuthors.class);

		@Test
		void aPosterWithAnApprovedReplyIsApproved() {
			given(this.authors.includes("Ada", "ada@example.org")).willReturn(true);
			PreviouslyApprovedRule rule = new PreviouslyApprovedRule(this.authors, ReplyProperties.defaults());
			assertThat(status(rule.judge(submission("Hi")))).contains(ReplyStatus.APPROVED);
		}

		@Test
		void aNewPosterIsLeftToTheNextRule() {
			PreviouslyApprovedRule rule = new PreviouslyApprovedRule(this.authors, ReplyProperties.defaults());
			assertThat(rule.judge(submission("Hi"))).isEmpty();
		}

		@Test
		void switchedOffItTrustsNobody() {
			given(this.authors.includes(anyString(), anyString())).willReturn(true);
			PreviouslyApprovedRule rule = new PreviouslyApprovedRule(this.authors,
					properties(List.of(), List.of(), false));
			assertThat(rule.judge(submission("Hi"))).isEmpty();
		}

	}

	@Nested
	class DefaultPending {

		@Test
		void everythingElseWaitsForAModerator() {
			assertThat(status(new DefaultPendingRule().judge(submission("Hi")))).contains(ReplyStatus.PENDING);
		}

	}

	@Test
	void theSameTextByAnotherEmailIsNoDuplicate() {
		ReplyStore replies = mock(ReplyStore.class);
		given(replies.isDuplicate(anyLong(), anyString(), eq("other@example.org"))).willReturn(true);
		assertThat(new DuplicateRule(replies, ClaimsDatabase.claims()).judge(submission("Hi"))).isEmpty();
	}

}
