package org.broadsheet.reply;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.broadsheet.article.Article;
import org.hibernate.annotations.DynamicUpdate;

import org.springframework.modulith.NamedInterface;

/**
 * A reader's reply to a story, stored as typed and shown only as escaped plain text. The
 * email address is never public; the poster's address and browser are kept only as salted
 * hashes. State changes are methods only the reply feature calls; staff change replies
 * through {@link ReplyService}. Updates write only the changed columns, so a moderator's
 * change never overwrites a report counted meanwhile.
 */
@NamedInterface("api")
@Entity
@DynamicUpdate
@Table(name = "reply")
public class Reply {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "article_id")
	private Article article;

	private Long parentId;

	private int depth;

	private String authorName;

	private String authorEmail;

	private String emailKey;

	private String authorUrl;

	private String body;

	private String bodyHash;

	@Enumerated(EnumType.STRING)
	private ReplyStatus status;

	@Column(name = "decided_by")
	private String rule;

	private String reason;

	private Instant createdAt;

	private String ipHash;

	private String userAgentHash;

	private int reportCount;

	protected Reply() {
	}

	Reply(Article article, ReplyAuthor author, String body, Instant createdAt) {
		this(author, body, createdAt);
		this.article = article;
	}

	/**
	 * A new reply not attached to its story: {@link ReplyStore} inserts it with the
	 * story's id.
	 */
	Reply(ReplyAuthor author, String body, Instant createdAt) {
		this.depth = 1;
		this.authorName = author.name();
		this.authorEmail = author.email();
		this.emailKey = ReplyAuthor.emailKey(author.email());
		this.authorUrl = author.website();
		editText(body);
		this.createdAt = createdAt;
		this.status = ReplyStatus.PENDING;
		this.rule = "new";
	}

	void answer(Reply parent) {
		this.parentId = parent.getId();
		this.depth = parent.getDepth() + 1;
	}

	void fingerprint(String ipHash, String userAgentHash) {
		this.ipHash = ipHash;
		this.userAgentHash = userAgentHash;
	}

	void decide(ReplyStatus status, String rule, String reason) {
		this.status = status;
		this.rule = rule;
		this.reason = reason;
	}

	/** Make the reply public. */
	void approve() {
		this.status = ReplyStatus.APPROVED;
	}

	/** Take the reply back to the queue, telling moderators why. */
	void holdForModeration(String reason) {
		this.status = ReplyStatus.PENDING;
		this.reason = reason;
	}

	/** Mark the reply as spam: hidden, and a signal against its poster. */
	void markSpam() {
		this.status = ReplyStatus.SPAM;
	}

	/** Throw the reply away (it can still be restored until it is purged). */
	void trash() {
		this.status = ReplyStatus.TRASH;
	}

	/** Replace the text (a moderator's edit before approving). */
	void editText(String text) {
		this.body = text;
		this.bodyHash = ReplyAuthor.sha256(text);
	}

	public boolean isApproved() {
		return this.status == ReplyStatus.APPROVED;
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public Article getArticle() {
		return this.article;
	}

	public Long getArticleId() {
		return this.article.getId();
	}

	String emailKey() {
		return this.emailKey;
	}

	String bodyHash() {
		return this.bodyHash;
	}

	public Long getParentId() {
		return this.parentId;
	}

	public int getDepth() {
		return this.depth;
	}

	public String getAuthorName() {
		return this.authorName;
	}

	/** The poster's email address: for staff only, never for a public page. */
	public String getAuthorEmail() {
		return this.authorEmail;
	}

	public String getAuthorUrl() {
		return this.authorUrl;
	}

	public String getText() {
		return this.body;
	}

	public ReplyStatus getStatus() {
		return this.status;
	}

	/** The name of the rule that decided the status when the reply was posted. */
	public String getRule() {
		return this.rule;
	}

	/** Why the reply was held or refused, for moderators. */
	public String getReason() {
		return this.reason;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getIpHash() {
		return this.ipHash;
	}

	public String getUserAgentHash() {
		return this.userAgentHash;
	}

	public int getReportCount() {
		return this.reportCount;
	}

}
