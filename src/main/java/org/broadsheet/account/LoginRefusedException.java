package org.broadsheet.account;

import org.springframework.security.core.AuthenticationException;

/**
 * Sign-in refused without looking at the password: the pair is locked or the address
 * blocked.
 */
class LoginRefusedException extends AuthenticationException {

	private final LoginThrottle.Verdict verdict;

	LoginRefusedException(LoginThrottle.Verdict verdict) {
		super("Sign-in refused: " + verdict);
		this.verdict = verdict;
	}

	LoginThrottle.Verdict verdict() {
		return this.verdict;
	}

}
