package org.broadsheet.account;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadsheet.web.LogText;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Username and password sign-in that has the {@link LoginThrottle} count the attempt
 * before the password is checked, and records every outcome. The moment a username or an
 * address is locked out is logged (the typed username escaped, as it is the guesser's).
 * It is the only provider: nothing falls back to a plain password check.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private static final Log logger = LogFactory.getLog(ThrottledAuthenticationProvider.class);

	private final DaoAuthenticationProvider delegate;

	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(UserDetailsService userDetailsService, PasswordEncoder passwordEncoder,
			LoginThrottle throttle) {
		this.delegate = new DaoAuthenticationProvider(userDetailsService);
		this.delegate.setPasswordEncoder(passwordEncoder);
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String clientIp = (authentication.getDetails() instanceof LoginDetails details) ? details.clientIp()
				: "unknown";
		LoginThrottle.Verdict verdict = this.throttle.claim(username, clientIp);
		if (verdict != LoginThrottle.Verdict.ALLOWED) {
			throw new LoginRefusedException(verdict);
		}
		try {
			Authentication result = this.delegate.authenticate(authentication);
			this.throttle.recordSuccess(username, clientIp);
			return result;
		}
		catch (AuthenticationException ex) {
			LoginThrottle.Verdict after = this.throttle.recordFailure(username, clientIp);
			if (after != LoginThrottle.Verdict.ALLOWED) {
				logger.warn((after == LoginThrottle.Verdict.ADDRESS_BLOCKED)
						? "Blocked sign-in from " + LogText.escape(clientIp) + " after repeated failures"
						: "Locked sign-in as '" + LogText.escape(username) + "' from " + LogText.escape(clientIp)
								+ " after repeated failures");
				throw new LoginRefusedException(after);
			}
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
