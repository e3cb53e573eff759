package org.broadsheet.article;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Announces scheduled stories as they go live: every second, on one instance of the
 * cluster, the stories whose publication time has come since the last announcement are
 * published as {@link ArticlesChanged} (so lists, feeds and the search index of every
 * instance follow) and logged once. How far it got is kept in the database, so the next
 * tick carries on wherever it runs.
 */
@Component
class ScheduledPublication {

	static final String JOB = "scheduled-publication";

	private static final Log logger = LogFactory.getLog(ScheduledPublication.class);

	private final ArticleRepository articles;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ScheduledPublication(ArticleRepository articles, JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
		this.articles = articles;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${broadsheet.scheduled-publication.interval:1s}")
	@SchedulerLock(name = JOB, lockAtMostFor = "1m", lockAtLeastFor = "500ms")
	@Transactional
	void announce() {
		Instant now = this.clock.instant();
		List<OffsetDateTime> marks = this.jdbc.queryForList("select done_until from job_mark where name = ?",
				OffsetDateTime.class, JOB);
		if (marks.isEmpty()) {
			this.jdbc.update("insert into job_mark (name, done_until) values (?, ?) on conflict do nothing", JOB,
					utc(now));
			return;
		}
		Instant after = marks.get(0).toInstant();
		if (!now.isAfter(after)) {
			return;
		}
		List<Long> live = this.articles.findIdsPublishedBetween(after, now);
		this.jdbc.update("update job_mark set done_until = ? where name = ?", utc(now), JOB);
		if (!live.isEmpty()) {
			logger.info("Scheduled stories went live: " + live);
			this.events.publishEvent(new ArticlesChanged(Set.copyOf(live)));
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
