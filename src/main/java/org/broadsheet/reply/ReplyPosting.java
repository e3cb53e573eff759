package org.broadsheet.reply;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * One post of the reply form, from request to outcome: guard, validation, rules, storage
 * and the reader's cookies. Nothing is stored unless the outcome is {@code 303}.
 */
@Component
class ReplyPosting {

	private final ReplyGuard guard;

	private final ReplyService service;

	private final ReaderCookies cookies;

	private final ReplyProperties properties;

	ReplyPosting(ReplyGuard guard, ReplyService service, ReaderCookies cookies, ReplyProperties properties) {
		this.guard = guard;
		this.service = service;
		this.cookies = cookies;
		this.properties = properties;
	}

	Result post(PostTarget story, ReplyForm form, BindingResult binding, HttpServletRequest request,
			HttpServletResponse response) {
		String slug = story.slug();
		ReplyGuard.Entry entry = this.guard.admit(slug, form.token(), request);
		if (entry.isRefused()) {
			return Result.refused(HttpStatus.FORBIDDEN, Map.of(), entry.refusal(), Duration.ZERO);
		}
		if (binding.hasErrors()) {
			// comment_parent is a hidden field: no error can be marked beside it
			boolean onlyParent = binding.getFieldErrorCount() == binding.getFieldErrorCount("parent");
			return Result.refused(HttpStatus.BAD_REQUEST, errors(binding),
					onlyParent ? "reply.error.parent" : "reply.error.invalid", Duration.ZERO);
		}
		ReplyGuard.Poster poster = entry.poster();
		Submission submission = new Submission(story.id(), form.replyAuthor(), form.comment(), form.hp(),
				poster.sinceRendered(), poster.ipHash(), poster.userAgentHash(), poster.now());
		PostOutcome outcome = this.service.post(submission, form.parent(), this.properties.maxDepth(),
				form.followUps());
		if (outcome instanceof PostOutcome.Posted posted) {
			if (form.wantsToBeRemembered()) {
				this.cookies.remember(form.replyAuthor(), request, response);
			}
			else {
				this.cookies.forget(request, response);
			}
			if (posted.status() != ReplyStatus.APPROVED) {
				this.cookies.addPending(posted.replyId(), request, response);
			}
			return new Result(HttpStatus.SEE_OTHER, posted.replyId(), Map.of(), null, Duration.ZERO);
		}
		if (outcome instanceof PostOutcome.Refused refused) {
			boolean flood = refused.refusal().refusal() == Verdict.Refusal.FLOOD;
			return flood
					? Result.refused(HttpStatus.TOO_MANY_REQUESTS, Map.of(), "reply.error.flood",
							refused.refusal().retryAfter())
					: Result.refused(HttpStatus.CONFLICT, Map.of(), "reply.error.duplicate", Duration.ZERO);
		}
		return Result.refused(HttpStatus.BAD_REQUEST, Map.of(), "reply.error.parent", Duration.ZERO);
	}

	private static Map<String, String> errors(BindingResult binding) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError error : binding.getFieldErrors()) {
			String message = (error.isBindingFailure() || error.getDefaultMessage() == null
					|| !error.getDefaultMessage().startsWith("reply.")) ? "reply.error.invalid"
							: error.getDefaultMessage();
			errors.putIfAbsent(error.getField(), message);
		}
		return errors;
	}

	/**
	 * The outcome of a post.
	 *
	 * @param status 303 when stored, else the refusal's status
	 * @param replyId the stored reply, when stored
	 * @param errors message keys by field
	 * @param message a message key for the whole form
	 * @param retryAfter how long to wait before posting again (429)
	 */
	record Result(HttpStatus status, long replyId, Map<String, String> errors, String message, Duration retryAfter) {

		static Result refused(HttpStatus status, Map<String, String> errors, String message, Duration retryAfter) {
			return new Result(status, 0, errors, message, retryAfter);
		}

		boolean stored() {
			return this.status == HttpStatus.SEE_OTHER;
		}

	}

}
