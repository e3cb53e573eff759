package org.broadsheet.moderation;

import java.util.Arrays;
import java.util.Locale;

import org.broadsheet.reply.ReplyStatus;

/**
 * A tab of the queue as named in the URL ({@code ?status=pending}); anything unknown is
 * the Pending tab.
 */
final class QueueTab {

	private QueueTab() {
	}

	static ReplyStatus parse(String value) {
		if (value == null) {
			return ReplyStatus.PENDING;
		}
		String upper = value.strip().toUpperCase(Locale.ROOT);
		return Arrays.stream(ReplyStatus.values())
			.filter((status) -> status.name().equals(upper))
			.findFirst()
			.orElse(ReplyStatus.PENDING);
	}

	static String redirect(ReplyStatus status, int page) {
		return "redirect:/moderation?status=" + status.name().toLowerCase(Locale.ROOT)
				+ ((page > 0) ? "&page=" + Math.min(page, StaffPages.MAX) : "");
	}

}
