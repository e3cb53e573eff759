package org.broadsheet.article;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Page numbers as readers see them (1, 2, ...): a number below one is a bad request, a
 * page past the end of a list does not exist.
 */
final class ListPages {

	static final int SIZE = 20;

	/** Beyond this no list reaches, and offsets would overflow the database's int. */
	static final int MAX_PAGE = 1_000_000;

	private ListPages() {
	}

	static Pageable of(int page) {
		if (page < 1) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Page numbers start at 1");
		}
		if (page > MAX_PAGE) {
			throw new ArticleNotFoundException("page " + page);
		}
		return PageRequest.of(page - 1, SIZE);
	}

	/** The page, or a 404 when it is empty. */
	static <T> Page<T> existing(Page<T> page, String what) {
		if (page.isEmpty()) {
			throw new ArticleNotFoundException(what + " page " + (page.getNumber() + 1));
		}
		return page;
	}

}
