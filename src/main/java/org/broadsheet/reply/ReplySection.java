package org.broadsheet.reply;

import java.util.List;
import java.util.Map;

/**
 * Everything {@code fragments/replies.html} shows under a story: the approved thread
 * (plus, for its poster only, their own replies awaiting moderation) and the reply form.
 *
 * @param slug the story's slug (for form actions and links)
 * @param open whether readers may reply
 * @param count the number of approved replies
 * @param thread top-level replies, each with its answers
 * @param form the form's values and errors
 * @param token the signed form token for every form in the section
 * @param personal whether the section holds anything from the reader's cookies (then the
 * page must not be cached publicly)
 * @param reported whether to thank the reader for a report
 */
public record ReplySection(String slug, boolean open, int count, List<Node> thread, Form form, String token,
		boolean personal, boolean reported) {

	/**
	 * One reply as shown: plain-text segments only, no email address.
	 *
	 * @param id the reply id (anchor {@code reply-<id>})
	 * @param author the poster's name
	 * @param website the name's link: an http(s) URL or {@code null}
	 * @param isoTime the time for {@code <time datetime>}
	 * @param displayTime the time as readers read it
	 * @param paragraphs the text as paragraphs of segments
	 * @param pending whether this is the reader's own reply awaiting moderation
	 * @param canReply whether to offer a "Reply" link
	 * @param children the answers, oldest first
	 */
	public record Node(long id, String author, String website, String isoTime, String displayTime,
			List<List<ReplyText.Segment>> paragraphs, boolean pending, boolean canReply, List<Node> children) {

	}

	/**
	 * The form: values to show, errors by field (message keys), a message above the form,
	 * and the reply being answered.
	 *
	 * @param comment the text typed
	 * @param author the name typed or remembered
	 * @param email the email typed or remembered
	 * @param url the website typed or remembered
	 * @param remember whether the checkbox is ticked
	 * @param parentId the reply answered, or {@code null}
	 * @param parentAuthor the name of the poster answered, or {@code null}
	 * @param errors message keys by field name
	 * @param message a message key for the whole form, or {@code null}
	 * @param followUps which follow-up mail box is ticked
	 */
	public record Form(String comment, String author, String email, String url, boolean remember, Long parentId,
			String parentAuthor, Map<String, String> errors, String message, FollowUps followUps) {

		public boolean hasError(String field) {
			return this.errors.containsKey(field);
		}

		public String error(String field) {
			return this.errors.get(field);
		}

	}

}
