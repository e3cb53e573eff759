package org.broadsheet.reply;

import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Posting replies through the rules, and the changes staff make to one reply (the
 * moderation queue's way in: it never touches the repository). Each staff change is
 * written before the method returns, so a reply changed by someone else since the caller
 * read it fails right there with a {@code ConcurrencyFailureException}, inside the
 * caller's transaction.
 */
@NamedInterface("api")
@Service
public class ReplyService {

	private final ReplyRepository replies;

	private final ReplyStore store;

	private final ReplyRules rules;

	private final ApplicationEventPublisher events;

	ReplyService(ReplyRepository replies, ReplyStore store, ReplyRules rules, ApplicationEventPublisher events) {
		this.replies = replies;
		this.store = store;
		this.rules = rules;
		this.events = events;
	}

	/** Run the rules in order and store the reply unless one refuses it. */
	@Transactional
	PostOutcome post(Submission submission, Long parentId, int maxDepth) {
		return post(submission, parentId, maxDepth, FollowUps.NONE);
	}

	/**
	 * Post, and if the reply is stored (and not as spam) ask for the follow-up mail the
	 * reader chose, in the same transaction.
	 */
	@Transactional
	PostOutcome post(Submission submission, Long parentId, int maxDepth, FollowUps followUps) {
		Reply parent = null;
		if (parentId != null) {
			parent = this.replies.findById(parentId)
				.filter((candidate) -> candidate.getArticleId() == submission.articleId() && candidate.isApproved()
						&& candidate.getDepth() < maxDepth)
				.orElse(null);
			if (parent == null) {
				return new PostOutcome.ParentRefused();
			}
		}
		Verdict verdict = this.rules.judge(submission);
		if (verdict instanceof Verdict.Refuse refuse) {
			// claims the rules made before the refusal are given back
			if (TransactionSynchronizationManager.isActualTransactionActive()) {
				TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			}
			return new PostOutcome.Refused(refuse);
		}
		Verdict.Store store = (Verdict.Store) verdict;
		Reply reply = new Reply(submission.author(), submission.text(), submission.now());
		if (parent != null) {
			reply.answer(parent);
		}
		reply.fingerprint(submission.ipHash(), submission.userAgentHash());
		reply.decide(store.status(), store.rule(), store.reason());
		long replyId = this.store.insert(submission.articleId(), reply);
		this.events.publishEvent(new ReplyPosted(replyId, submission.articleId(), store.status(), store.rule()));
		if (followUps != FollowUps.NONE && store.status() != ReplyStatus.SPAM) {
			this.events.publishEvent(
					new FollowUpsRequested(replyId, submission.articleId(), submission.author().email(), followUps));
		}
		return new PostOutcome.Posted(replyId, store.status());
	}

	/** A reply by id, whatever its status (for staff). */
	@Transactional(readOnly = true)
	public Optional<Reply> find(long replyId) {
		return this.replies.findById(replyId);
	}

	/** Make a reply public. */
	@Transactional
	public Optional<Reply> approve(long replyId) {
		return change(replyId, Reply::approve);
	}

	/** Replace a reply's text and make it public, as one change. */
	@Transactional
	public Optional<Reply> approveEdited(long replyId, String text) {
		return change(replyId, (reply) -> {
			reply.editText(text);
			reply.approve();
		});
	}

	/** Take a reply back to the queue, telling moderators why. */
	@Transactional
	public Optional<Reply> holdForModeration(long replyId, String reason) {
		return change(replyId, (reply) -> reply.holdForModeration(reason));
	}

	@Transactional
	public Optional<Reply> markSpam(long replyId) {
		return change(replyId, Reply::markSpam);
	}

	@Transactional
	public Optional<Reply> trash(long replyId) {
		return change(replyId, Reply::trash);
	}

	/** Replace a reply's text, its status unchanged. */
	@Transactional
	public Optional<Reply> editText(long replyId, String text) {
		return change(replyId, (reply) -> reply.editText(text));
	}

	/** Delete a reply for good; answers whether there was one. */
	@Transactional
	public boolean delete(long replyId) {
		return this.replies.findById(replyId).map((reply) -> {
			this.replies.delete(reply);
			this.replies.flush();
			this.events.publishEvent(new ApprovedAuthors.StaffChange(replyId));
			return true;
		}).orElse(false);
	}

	private Optional<Reply> change(long replyId, Consumer<Reply> change) {
		Optional<Reply> found = this.replies.findById(replyId);
		found.ifPresent((reply) -> {
			change.accept(reply);
			this.replies.flush();
			this.events.publishEvent(new ApprovedAuthors.StaffChange(replyId));
		});
		return found;
	}

}
