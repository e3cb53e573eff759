package org.broadsheet.moderation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class ReplyNotFoundException extends RuntimeException {

	ReplyNotFoundException() {
		super("No such reply");
	}

}
