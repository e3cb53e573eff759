package org.broadsheet.mail;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The mail worker: every {@code broadsheet.mail.poll-interval} it turns due notices into
 * messages and sends what it can claim. It runs on every instance; the claims make each
 * message go once. Nothing runs while mail is off.
 */
@Component
class MailWorker {

	private static final Log logger = LogFactory.getLog(MailWorker.class);

	private final MailSwitch mail;

	private final NoticeBatcher batcher;

	private final OutboxSender sender;

	private final Clock clock;

	MailWorker(MailSwitch mail, NoticeBatcher batcher, OutboxSender sender, Clock clock) {
		this.mail = mail;
		this.batcher = batcher;
		this.sender = sender;
		this.clock = clock;
	}

	/**
	 * Now, to the millisecond: the database keeps microseconds and may round a finer
	 * instant up, which would leave a message queued "now" not yet due now.
	 */
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	@Scheduled(fixedDelayString = "${broadsheet.mail.poll-interval:10s}",
			initialDelayString = "${broadsheet.mail.poll-interval:10s}")
	void work() {
		if (!this.mail.on()) {
			return;
		}
		try {
			this.batcher.batch(now());
			this.sender.sendDue(now());
		}
		catch (DataAccessException ex) {
			logger.warn("Mail worker could not reach the database: " + ex.getMessage());
		}
	}

}
