package org.broadsheet.article;

import org.springframework.http.HttpStatus;
import org.springframework.modulith.NamedInterface;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No public story, desk, tag or author answers to the requested address: a 404.
 */
@NamedInterface("api")
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ArticleNotFoundException extends RuntimeException {

	public ArticleNotFoundException(String what) {
		super("Not found: " + what);
	}

}
