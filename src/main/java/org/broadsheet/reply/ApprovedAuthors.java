package org.broadsheet.reply;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.modulith.NamedInterface;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Who has an approved reply, by name and email, for the previously-approved rule: kept in
 * memory and forgotten once any staff change to a reply ({@link ReplyService},
 * {@link StaffReplies}), a report that holds one back, or a change on another instance
 * has committed, so the rule stays exact without a query per post.
 */
@NamedInterface("api")
@Component
public class ApprovedAuthors {

	private static final String APPROVED = "'" + ReplyStatus.APPROVED.name() + "'";

	private final JdbcClient jdbc;

	private final RuleInput<Set<String>> authors;

	ApprovedAuthors(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.authors = new RuleInput<>("approved authors", this::load);
	}

	boolean includes(String name, String emailKey) {
		return this.authors.current()
			.map((known) -> known.contains(key(name, emailKey)))
			.orElseGet(() -> this.jdbc
				.sql("select count(*) from reply where email_key = ? and author_name = ? and status = " + APPROVED)
				.params(emailKey, name)
				.query(Long.class)
				.single() > 0);
	}

	/**
	 * A reply's status changed somewhere: read the authors again before trusting them.
	 */
	public void forget() {
		this.authors.forget();
	}

	/** Reports may hold an approved reply back. */
	@TransactionalEventListener(fallbackExecution = true)
	void onRepliesChanged(RepliesChanged changed) {
		forget();
	}

	/** A staff change (status, text, erasure, deletion) committed. */
	@TransactionalEventListener(fallbackExecution = true)
	void onStaffChange(StaffChange change) {
		forget();
	}

	/** Published by every staff change to a reply, inside its transaction. */
	record StaffChange(long replyId) {
	}

	private Set<String> load() {
		return this.jdbc.sql("select distinct author_name, email_key from reply where status = " + APPROVED)
			.query((row, n) -> key(row.getString(1), row.getString(2)))
			.stream()
			.collect(Collectors.toUnmodifiableSet());
	}

	private static String key(String name, String emailKey) {
		return emailKey + "\n" + name;
	}

}
