package org.broadsheet.article;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A page that always fails, so reader page tests can see what a reader gets from a server
 * error ({@code GET /error} itself is a 404 page, not a way to provoke one).
 */
@TestConfiguration(proxyBeanMethods = false)
@RestController
class FailingPage {

	static final String PATH = "/test/failing-page";

	@GetMapping(PATH)
	String showFailure() {
		throw new IllegalStateException("A failure for the error page test");
	}

}
