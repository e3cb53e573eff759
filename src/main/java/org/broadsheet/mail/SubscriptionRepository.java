package org.broadsheet.mail;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SubscriptionRepository extends JpaRepository<Subscription, Long> {

	/**
	 * Confirmed readers to tell about a new approved reply (answering theirs, or on the
	 * story).
	 */
	@Query("select distinct s.reader from Subscription s where s.reader.confirmedAt is not null"
			+ " and (s.replyId = :parentId or (s.articleId = :articleId and s.wholeStory = true))")
	List<ReaderAddress> confirmedReadersFor(long articleId, long parentId);

	void deleteByReader(ReaderAddress reader);

}
