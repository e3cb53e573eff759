package org.broadsheet.article;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Pages that always fail (with an exception, or a 503), so reader page tests can see what
 * a reader gets from a server error ({@code GET /error} itself is a 404 page, not a way
 * to provoke one).
 */
@TestConfiguration(proxyBeanMethods = false)
@RestController
class FailingPage {

	static final String PATH = "/test/failing-page";

	static final String UNAVAILABLE_PATH = "/test/unavailable-page";

	@GetMapping(PATH)
	String showFailure() {
		throw new IllegalStateException("A failure for the error page test");
	}

	@GetMapping(UNAVAILABLE_PATH)
	String showUnavailable() {
		throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "Down for the error page test");
	}

}
