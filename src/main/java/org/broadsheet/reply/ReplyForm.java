package org.broadsheet.reply;

import java.util.regex.Pattern;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.CodePointLength;

/**
 * The "Leave a Reply" form, with WordPress's field names. Values are trimmed and control
 * characters (other than line breaks and tabs in the text) dropped; otherwise what the
 * reader typed is kept as typed. The text and the name are counted in characters (code
 * points), so an emoji counts once. Messages are keys in {@code messages.properties}.
 * Read from the request by {@link ReplyFormReader}; request parameter names in brackets.
 *
 * @param comment the reply text
 * @param author the name shown with the reply
 * @param email the address (never public)
 * @param url an optional http(s) website
 * @param parent the id of the reply answered, if any ({@code comment_parent}; {@code 0}
 * is none, as in WordPress)
 * @param remember "yes" when the reader asks to be remembered
 * ({@code wp-comment-cookies-consent})
 * @param hp the honeypot, empty for people
 * @param token the signed form token
 * @param notifyAnswers "yes" when the reader wants mail about answers to their reply
 * ({@code notify})
 * @param notifyStory "yes" when the reader wants mail about every new reply on the story
 * ({@code notify_story})
 */
record ReplyForm(
		@NotBlank(message = "reply.error.comment.required") @CodePointLength(max = 65525,
				message = "reply.error.comment.too-long") String comment,
		@NotBlank(message = "reply.error.author.required") @CodePointLength(max = 245,
				message = "reply.error.author.too-long") String author,
		@NotBlank(message = "reply.error.email.required") @Size(max = 100,
				message = "reply.error.email.too-long") @Email(regexp = "|[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
						message = "reply.error.email.invalid") String email,
		@Size(max = 200,
				message = "reply.error.url.too-long") @WebAddress(message = "reply.error.url.invalid") String url,
		Long parent, String remember, String hp, String token, String notifyAnswers, String notifyStory) {

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");

	private static final Pattern LINE_CONTROL = Pattern.compile("\\p{Cntrl}");

	ReplyForm {
		comment = (comment != null) ? CONTROL.matcher(comment).replaceAll("") : null;
		author = line(author);
		email = line(email);
		url = line(url);
		hp = (hp != null) ? hp.strip() : null;
		parent = (parent != null && parent == 0) ? null : parent;
	}

	static ReplyForm empty() {
		return new ReplyForm(null, null, null, null, null, null, null, null, null, null);
	}

	static ReplyForm prefilled(ReplyAuthor author, Long parent) {
		return new ReplyForm(null, author.name(), author.email(), author.website(), parent, "yes", null, null, null,
				null);
	}

	boolean wantsToBeRemembered() {
		return ticked(this.remember);
	}

	private static boolean ticked(String value) {
		return "yes".equalsIgnoreCase(value) || "on".equalsIgnoreCase(value) || "true".equalsIgnoreCase(value);
	}

	ReplyAuthor replyAuthor() {
		return new ReplyAuthor(this.author, this.email, (this.url == null || this.url.isEmpty()) ? null : this.url);
	}

	ReplyForm answering(Long parentId) {
		return new ReplyForm(this.comment, this.author, this.email, this.url, parentId, this.remember, null, null,
				this.notifyAnswers, this.notifyStory);
	}

	/** What the reader asked to hear about by email. */
	FollowUps followUps() {
		if (ticked(this.notifyStory)) {
			return FollowUps.STORY;
		}
		return ticked(this.notifyAnswers) ? FollowUps.ANSWERS : FollowUps.NONE;
	}

	private static String line(String value) {
		return (value != null) ? LINE_CONTROL.matcher(value).replaceAll(" ").strip() : null;
	}

}
