package org.broadsheet.moderation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.broadsheet.reply.Reply;
import org.broadsheet.reply.ReplyStatus;

/**
 * One line of the moderation log: who did what to which reply, when, from which status to
 * which. It copies what it shows, so it outlives the reply.
 */
@Entity
@Table(name = "moderation_audit")
public class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long replyId;

	private String articleSlug;

	private String articleTitle;

	private String authorName;

	@Enumerated(EnumType.STRING)
	private ModerationAction action;

	@Enumerated(EnumType.STRING)
	private ReplyStatus fromStatus;

	@Enumerated(EnumType.STRING)
	private ReplyStatus toStatus;

	private String moderator;

	private Instant createdAt;

	protected AuditEntry() {
	}

	AuditEntry(Reply reply, ModerationAction action, ReplyStatus to, String moderator, Instant createdAt) {
		this.replyId = reply.getId();
		this.articleSlug = reply.getArticle().getSlug();
		this.articleTitle = reply.getArticle().getTitle();
		this.authorName = reply.getAuthorName();
		this.action = action;
		this.fromStatus = reply.getStatus();
		this.toStatus = to;
		this.moderator = moderator;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public long getReplyId() {
		return this.replyId;
	}

	public String getArticleSlug() {
		return this.articleSlug;
	}

	public String getArticleTitle() {
		return this.articleTitle;
	}

	public String getAuthorName() {
		return this.authorName;
	}

	public ModerationAction getAction() {
		return this.action;
	}

	public ReplyStatus getFromStatus() {
		return this.fromStatus;
	}

	public ReplyStatus getToStatus() {
		return this.toStatus;
	}

	public String getModerator() {
		return this.moderator;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
