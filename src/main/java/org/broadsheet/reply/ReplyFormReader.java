package org.broadsheet.reply;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Reads the reply form from a post and checks it with its Bean Validation constraints, as
 * {@code @Valid} binding would, without the reflection general binding costs on every
 * request: posting is the hottest write path. A {@code comment_parent} that is not a
 * number, or is negative, is a binding failure on {@code parent}, as with data binding;
 * {@code 0} is a top-level reply, as in WordPress.
 */
@Component
class ReplyFormReader {

	static final String NAME = "replyForm";

	private final SpringValidatorAdapter validator;

	ReplyFormReader(Validator validator) {
		this.validator = new SpringValidatorAdapter(validator);
	}

	/** The form as posted and what is wrong with it. */
	Posted read(HttpServletRequest request) {
		String parentText = request.getParameter("comment_parent");
		Long parent = null;
		boolean parentUnreadable = false;
		if (parentText != null && !parentText.isBlank()) {
			try {
				parent = Long.valueOf(parentText.strip());
				parentUnreadable = parent < 0;
			}
			catch (NumberFormatException ex) {
				parentUnreadable = true;
			}
		}
		ReplyForm form = new ReplyForm(request.getParameter("comment"), request.getParameter("author"),
				request.getParameter("email"), request.getParameter("url"), parent,
				request.getParameter("wp-comment-cookies-consent"), request.getParameter("hp"),
				request.getParameter("token"), request.getParameter("notify"), request.getParameter("notify_story"));
		BindingResult binding = new BeanPropertyBindingResult(form, NAME);
		if (parentUnreadable) {
			binding.addError(new FieldError(NAME, "parent", parentText, true, new String[] { "typeMismatch" }, null,
					"reply.error.invalid"));
		}
		this.validator.validate(form, binding);
		return new Posted(form, binding);
	}

	/**
	 * A posted form.
	 *
	 * @param form the values, cleaned as {@link ReplyForm} cleans them
	 * @param binding the errors found
	 */
	record Posted(ReplyForm form, BindingResult binding) {
	}

}
