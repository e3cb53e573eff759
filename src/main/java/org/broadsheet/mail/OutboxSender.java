package org.broadsheet.mail;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends one claimed message: plain text and HTML alternatives, the site's sender, a
 * stable Message-ID (a repeat after a crash is recognisably the same mail) and, on reader
 * mail, {@code List-Unsubscribe} with the https link and
 * {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click} (RFC 8058). A failure puts
 * the message back with exponential back-off and ends the run; a message that cannot ever
 * be sent (a malformed address) or has used up its attempts is marked failed.
 */
@Component
class OutboxSender {

	private static final Log logger = LogFactory.getLog(OutboxSender.class);

	private static final int BATCH = 50;

	private static final int MAX_ROUNDS = 40;

	private final Outbox outbox;

	private final MailSwitch mail;

	private final MailSettings settings;

	OutboxSender(Outbox outbox, MailSwitch mail, MailSettings settings) {
		this.outbox = outbox;
		this.mail = mail;
		this.settings = settings;
	}

	/**
	 * Sends due messages this instance can claim, oldest first, until none is left or the
	 * server fails (the rest then wait for the next run instead of each waiting for a
	 * timeout); answers how many were sent.
	 */
	int sendDue(Instant now) {
		Optional<JavaMailSender> sender = this.mail.sender();
		if (sender.isEmpty()) {
			return 0;
		}
		int sent = 0;
		for (int round = 0; round < MAX_ROUNDS; round++) {
			boolean claimedAny = false;
			for (long id : this.outbox.due(now, BATCH)) {
				Optional<Outbox.Message> claimed = this.outbox.claim(id, now, now.plus(this.settings.lease()));
				if (claimed.isEmpty()) {
					continue;
				}
				claimedAny = true;
				if (!send(sender.get(), claimed.get(), now)) {
					return sent;
				}
				sent++;
			}
			if (!claimedAny) {
				break;
			}
		}
		return sent;
	}

	/** Sends the message; false when the server failed (it waits to be retried). */
	private boolean send(JavaMailSender sender, Outbox.Message message, Instant now) {
		try {
			sender.send(mime(sender, message));
			this.outbox.sent(message.id(), now);
			return true;
		}
		catch (MailParseException | MailPreparationException ex) {
			logger.warn("Mail " + message.id() + " cannot be sent: " + ex.getMessage());
			this.outbox.failed(message.id(), ex.getMessage());
			return true;
		}
		catch (MailException ex) {
			if (message.attempts() >= this.settings.maxAttempts()) {
				logger.warn("Mail " + message.id() + " given up after " + message.attempts() + " attempts: "
						+ ex.getMessage());
				this.outbox.failed(message.id(), ex.getMessage());
			}
			else {
				Instant next = now.plus(this.settings.backOff(message.attempts()));
				logger.info("Mail " + message.id() + " not sent (attempt " + message.attempts() + "), retrying at "
						+ next + ": " + ex.getMessage() + ((ex instanceof MailAuthenticationException)
								? " (check BROADSHEET_MAIL_USERNAME/PASSWORD)" : ""));
				this.outbox.retryAt(message.id(), next, ex.getMessage());
			}
			return false;
		}
	}

	private MimeMessage mime(JavaMailSender sender, Outbox.Message message) {
		try {
			MimeMessage mime = new StableIdMimeMessage(sender.createMimeMessage().getSession(), messageId(message));
			MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
			helper.setFrom(this.mail.from());
			helper.setTo(message.recipient());
			helper.setSubject(message.subject());
			helper.setText(message.text(), message.html());
			helper.setSentDate(Date.from(message.createdAt()));
			mime.setHeader("Auto-Submitted", "auto-generated");
			if (message.unsubscribeUrl() != null) {
				mime.setHeader("List-Unsubscribe", "<" + message.unsubscribeUrl() + ">");
				mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
			}
			return mime;
		}
		catch (MessagingException ex) {
			throw new MailPreparationException(ex);
		}
	}

	private String messageId(Outbox.Message message) {
		String host = this.mail.from().getAddress();
		host = host.substring(host.indexOf('@') + 1);
		return "<broadsheet-" + message.id() + "." + message.createdAt().toEpochMilli() + "@" + host + ">";
	}

	/** Keeps the Message-ID we set instead of a random one made on save. */
	private static final class StableIdMimeMessage extends MimeMessage {

		private final String messageId;

		StableIdMimeMessage(Session session, String messageId) {
			super(session);
			this.messageId = messageId;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", this.messageId);
		}

	}

}
