package org.broadsheet.moderation;

import jakarta.validation.constraints.NotBlank;
import org.hibernate.validator.constraints.CodePointLength;

/**
 * A staff member's answer to a reply, posted from the queue.
 *
 * @param text the answer
 */
public record StaffReplyForm(@NotBlank @CodePointLength(max = 65525) String text) {

	static StaffReplyForm empty() {
		return new StaffReplyForm("");
	}

}
