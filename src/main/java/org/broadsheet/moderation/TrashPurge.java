package org.broadsheet.moderation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.broadsheet.reply.StaffReplies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes replies that have been in the trash longer than
 * {@code broadsheet.moderation.purge-trash-after-days}: posted before the cut-off and not
 * touched by a moderator since. Each deletion is audited as done by "system".
 */
@Component
class TrashPurge {

	static final String SYSTEM = "system";

	private static final Logger logger = LoggerFactory.getLogger(TrashPurge.class);

	private static final int BATCH = 200;

	private final StaffReplies staffReplies;

	private final ReplyChanges changes;

	private final ModerationProperties properties;

	private final Clock clock;

	TrashPurge(StaffReplies staffReplies, ReplyChanges changes, ModerationProperties properties, Clock clock) {
		this.staffReplies = staffReplies;
		this.changes = changes;
		this.properties = properties;
		this.clock = clock;
	}

	/** On one instance of the cluster per run. */
	@Scheduled(cron = "${broadsheet.moderation.purge-cron:0 17 * * * *}")
	@SchedulerLock(name = "trash-purge", lockAtMostFor = "30m")
	void purgeOnSchedule() {
		purge();
	}

	int purge() {
		Instant cutoff = this.clock.instant()
			.minus(Duration.ofDays(Math.max(0, this.properties.purgeTrashAfterDays())));
		int purged = 0;
		List<Long> candidates = this.staffReplies.trashedBefore(cutoff, BATCH);
		for (Long id : candidates) {
			try {
				if (this.changes.purgeIfUntouchedSince(id, cutoff)) {
					purged++;
				}
			}
			catch (ConcurrencyFailureException ex) {
				logger.debug("Reply {} changed while being purged; left for the next run", id);
			}
		}
		if (purged > 0) {
			logger.info("Purged {} replies trashed before {}", purged, cutoff);
		}
		return purged;
	}

}
