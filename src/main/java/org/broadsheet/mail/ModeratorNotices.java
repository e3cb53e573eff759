package org.broadsheet.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import org.broadsheet.account.StaffDirectory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moderators' choices (address and frequency), and a reply held for moderation becoming a
 * notice for every enabled moderator with an address who chose "each" (sent at once) or
 * the digest (grouped hourly).
 */
@Component
class ModeratorNotices {

	private final ModeratorMailRepository moderators;

	private final StaffDirectory staff;

	private final MailNotices notices;

	private final Clock clock;

	ModeratorNotices(ModeratorMailRepository moderators, StaffDirectory staff, MailNotices notices, Clock clock) {
		this.moderators = moderators;
		this.staff = staff;
		this.notices = notices;
		this.clock = clock;
	}

	/** The moderator's current choice (the digest, with no address, if never set). */
	@Transactional(readOnly = true)
	ModeratorMail choice(String username) {
		return this.moderators.findById(username).orElseGet(() -> new ModeratorMail(username));
	}

	@Transactional
	void choose(String username, String email, Frequency frequency) {
		ModeratorMail choice = this.moderators.findById(username).orElseGet(() -> new ModeratorMail(username));
		choice.change(email, frequency, this.clock.instant());
		this.moderators.save(choice);
	}

	void held(long replyId) {
		Instant now = this.clock.instant();
		Set<String> active = this.staff.activeModerators();
		for (ModeratorMail moderator : this.moderators.findByFrequencyNot(Frequency.NONE)) {
			if (active.contains(moderator.getUsername()) && moderator.getEmail() != null) {
				NoticeKind kind = (moderator.getFrequency() == Frequency.EACH) ? NoticeKind.HELD
						: NoticeKind.HELD_DIGEST;
				this.notices.record(kind, new Recipient(moderator.getEmail()), replyId, now);
			}
		}
	}

}
