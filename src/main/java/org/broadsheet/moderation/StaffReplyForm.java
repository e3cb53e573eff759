package org.broadsheet.moderation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A staff member's answer to a reply, posted from the queue.
 *
 * @param text the answer
 */
public record StaffReplyForm(@NotBlank @Size(max = 65525) String text) {

	static StaffReplyForm empty() {
		return new StaffReplyForm("");
	}

}
