package org.broadsheet.account;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes expired staff sessions from the database, on one instance of the cluster per
 * run (Spring Session's own cleanup, which every instance would run, is switched off with
 * {@code spring.session.jdbc.cleanup-cron=-}).
 */
@Component
class SessionCleanup {

	private final JdbcIndexedSessionRepository sessions;

	SessionCleanup(JdbcIndexedSessionRepository sessions) {
		this.sessions = sessions;
	}

	@Scheduled(cron = "${broadsheet.session.cleanup-cron:0 * * * * *}")
	@SchedulerLock(name = "session-cleanup", lockAtMostFor = "5m")
	void cleanUpExpiredSessions() {
		this.sessions.cleanUpExpiredSessions();
	}

}
