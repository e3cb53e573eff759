package org.broadsheet.moderation;

import java.time.Instant;

import org.broadsheet.reply.Reply;
import org.broadsheet.reply.ReplyStatus;
import org.broadsheet.reply.StaffReplies;

/**
 * A reply as a moderator sees it in the queue. The email is here because this page is for
 * staff only.
 *
 * @param id the reply
 * @param version the version the page was built from (sent back with every action)
 * @param status its status
 * @param articleTitle the story's headline
 * @param articleSlug the story's slug
 * @param authorName the name given
 * @param authorEmail the email given
 * @param website the website, only when it is an http(s) address
 * @param ipHashShort the start of the salted address hash
 * @param createdAt when it was posted
 * @param text the reply as typed (shown escaped)
 * @param rule the rule that decided its status
 * @param reason why it was held, if a rule said
 * @param parentId the reply it answers, if any
 * @param parentAuthor the name on that reply
 * @param staff posted by staff from the queue
 */
public record QueueRow(long id, long version, ReplyStatus status, String articleTitle, String articleSlug,
		String authorName, String authorEmail, String website, String ipHashShort, Instant createdAt, String text,
		String rule, String reason, Long parentId, String parentAuthor, boolean staff) {

	static QueueRow of(Reply reply, Reply parent) {
		String ip = (reply.getIpHash() != null) ? reply.getIpHash() : "";
		return new QueueRow(reply.getId(), reply.getVersion(), reply.getStatus(), reply.getArticle().getTitle(),
				reply.getArticle().getSlug(), reply.getAuthorName(), reply.getAuthorEmail(),
				webAddress(reply.getAuthorUrl()), ip.substring(0, Math.min(8, ip.length())), reply.getCreatedAt(),
				reply.getText(), reply.getRule(), reply.getReason(), reply.getParentId(),
				(parent != null) ? parent.getAuthorName() : null, StaffReplies.STAFF_RULE.equals(reply.getRule()));
	}

	/** The value for the bulk checkbox: id and version. */
	public String selection() {
		return this.id + ":" + this.version;
	}

	public boolean offers(ModerationAction action) {
		return action.appliesTo(this.status);
	}

	private static String webAddress(String url) {
		if (url == null) {
			return null;
		}
		String lower = url.strip().toLowerCase(java.util.Locale.ROOT);
		return (lower.startsWith("http://") || lower.startsWith("https://")) ? url.strip() : null;
	}

}
