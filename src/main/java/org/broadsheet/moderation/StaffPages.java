package org.broadsheet.moderation;

import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * Page numbers of the moderation lists as typed in the address bar (counted from 0):
 * below zero is the first page, past the end the last one, and no number makes the
 * database's row offset overflow.
 */
final class StaffPages {

	/** Far beyond any queue, and {@code MAX * PAGE_SIZE} stays well inside an int. */
	static final int MAX = 1_000_000;

	private StaffPages() {
	}

	/** The requested page, or the last one when the request is past the end. */
	static <T> Page<T> within(int page, Function<Pageable, Page<T>> query) {
		Page<T> found = query.apply(of(page));
		if (found.isEmpty() && found.getNumber() > 0 && found.getTotalPages() > 0) {
			return query.apply(of(found.getTotalPages() - 1));
		}
		return found;
	}

	private static Pageable of(int page) {
		return PageRequest.of(Math.min(Math.max(0, page), MAX), ModerationQueue.PAGE_SIZE);
	}

}
