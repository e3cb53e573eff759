package org.broadsheet.mail;

import java.time.Instant;

import org.broadsheet.reply.SigningKey;

import org.springframework.stereotype.Component;

/**
 * Signed links in reader mail: {@code /mail/confirm/<id>/<signature>} and
 * {@code /mail/unsubscribe/<id>/<signature>}. Each signature covers the purpose, the
 * address's id and the address itself (HMAC with the site's signing key), so a link works
 * for one address only and cannot be made for another. A confirmation link also covers
 * the moment it was sent: a new confirmation mail makes older links useless.
 */
@Component
class MailLinks {

	private final SigningKey key;

	private final MailComposer composer;

	MailLinks(SigningKey key, MailComposer composer) {
		this.key = key;
		this.composer = composer;
	}

	String confirmUrl(ReaderAddress reader) {
		return this.composer.siteUrl() + "/mail/confirm/" + reader.getId() + "/" + this.key.sign(confirmation(reader));
	}

	String unsubscribeUrl(ReaderAddress reader) {
		return this.composer.siteUrl() + "/mail/unsubscribe/" + reader.getId() + "/"
				+ this.key.sign(unsubscription(reader));
	}

	boolean confirms(ReaderAddress reader, String signature) {
		return reader.getConfirmationSentAt() != null && valid(confirmation(reader), signature);
	}

	boolean unsubscribes(ReaderAddress reader, String signature) {
		return valid(unsubscription(reader), signature);
	}

	private boolean valid(String message, String signature) {
		return signature != null && signature.length() <= 100 && this.key.verify(message, signature);
	}

	private static String confirmation(ReaderAddress reader) {
		Instant sent = reader.getConfirmationSentAt();
		return "mail-confirm\n" + reader.getId() + "\n" + reader.getEmailKey() + "\n"
				+ ((sent != null) ? sent.toEpochMilli() : "");
	}

	private static String unsubscription(ReaderAddress reader) {
		return "mail-unsubscribe\n" + reader.getId() + "\n" + reader.getEmailKey();
	}

}
