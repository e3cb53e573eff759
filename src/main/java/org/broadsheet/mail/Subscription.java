package org.broadsheet.mail;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * What a reader asked to hear about when posting a reply: answers to it, or (whole story)
 * every reply approved on the story.
 */
@Entity
@Table(name = "mail_subscription")
class Subscription {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "reader_id")
	private ReaderAddress reader;

	private long articleId;

	private long replyId;

	private boolean wholeStory;

	private Instant createdAt;

	protected Subscription() {
	}

	Subscription(ReaderAddress reader, long articleId, long replyId, boolean wholeStory, Instant createdAt) {
		this.reader = reader;
		this.articleId = articleId;
		this.replyId = replyId;
		this.wholeStory = wholeStory;
		this.createdAt = createdAt;
	}

	ReaderAddress getReader() {
		return this.reader;
	}

}
