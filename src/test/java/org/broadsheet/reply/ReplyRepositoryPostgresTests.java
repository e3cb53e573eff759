package org.broadsheet.reply;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.broadsheet.PostgresTest;
import org.broadsheet.article.Article;
import org.broadsheet.article.ArticleRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The replies migration, the rules' queries and the counts on a real PostgreSQL.
 */
@PostgresTest
class ReplyRepositoryPostgresTests {

	@Autowired
	ArticleRepository articles;

	@Autowired
	ReplyRepository replies;

	@Autowired
	ReplyService service;

	@Autowired
	ReplySections sections;

	@Autowired
	FormTokens tokens;

	@Autowired
	ReplyStore store;

	@Autowired
	ApprovedAuthors authors;

	@Test
	void postedRepliesAreFoundByTheRulesQueriesAndCounted() {
		Article story = Stories.publicStory(this.articles);
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		Submission submission = new Submission(story.getId(), new ReplyAuthor("김철수", "Kim@Example.kr", null),
				"첫 번째 댓글 https://a.example", "", Duration.ofSeconds(30), "ip-pg", "ua-pg", now);
		PostOutcome outcome = this.service.post(submission, null, 5);
		assertThat(outcome).isInstanceOf(PostOutcome.Posted.class);
		long id = ((PostOutcome.Posted) outcome).replyId();
		assertThat(this.store.isDuplicate(story.getId(), ReplyAuthor.sha256("첫 번째 댓글 https://a.example"),
				"kim@example.kr"))
			.isTrue();
		assertThat(this.replies.findLatestFrom("ip-pg")).isEqualTo(now);
		assertThat(this.authors.includes("김철수", "kim@example.kr")).isFalse();
		this.service.approve(id);
		assertThat(this.authors.includes("김철수", "kim@example.kr")).isTrue();
		assertThat(this.replies.findApproved(story.getId())).extracting(Reply::getText)
			.containsExactly("첫 번째 댓글 https://a.example");
		assertThat(this.replies.findOwn(story.getId(), List.of(id), List.of(ReplyStatus.APPROVED))).hasSize(1);
		assertThat(this.sections.approvedCounts(List.of(story.getId()))).containsEntry(story.getId(), 1L);
		assertThat(this.replies.findByStatusOrderByCreatedAtDescIdDesc(ReplyStatus.APPROVED, PageRequest.of(0, 50)))
			.extracting(Reply::getId)
			.contains(id);
		assertThat(this.replies.findByEmailKey("kim@example.kr")).hasSize(1);
		assertThat(this.tokens.verify(story.getSlug(), this.tokens.issue(story.getSlug()))).isPresent();
	}

}
