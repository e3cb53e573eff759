package org.broadsheet.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Simultaneous sign-ins from one address, spread over two instances of the sign-in (each
 * with its own {@link LoginThrottle}, sharing only the database), the way a burst reaches
 * two application servers behind a load balancer.
 */
final class LoginBurst {

	private final List<ThrottledAuthenticationProvider> instances = new ArrayList<>();

	private final LoginFailureRepository failures;

	LoginBurst(ApplicationContext context) {
		UserDetailsService users = context.getBean(UserDetailsService.class);
		PasswordEncoder encoder = context.getBean(PasswordEncoder.class);
		this.instances.add(new ThrottledAuthenticationProvider(users, encoder, context.getBean(LoginThrottle.class)));
		LoginThrottle second = context.getAutowireCapableBeanFactory().createBean(LoginThrottle.class);
		this.instances.add(new ThrottledAuthenticationProvider(users, encoder, second));
		this.failures = context.getBean(LoginFailureRepository.class);
	}

	/** One sign-in: true if accepted, false if the password was checked and wrong. */
	boolean signIn(String username, String password, String clientIp) {
		UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username,
				password);
		token.setDetails(new LoginDetails(clientIp));
		try {
			Authentication result = this.instances.get(0).authenticate(token);
			return result.isAuthenticated();
		}
		catch (BadCredentialsException ex) {
			return false;
		}
	}

	/**
	 * Sends all the sign-ins at once, wrong passwords or not, and waits for every answer.
	 */
	void signInAtOnce(List<String> usernames, String password, String clientIp) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(usernames.size());
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<?>> outcomes = new ArrayList<>();
			for (int i = 0; i < usernames.size(); i++) {
				ThrottledAuthenticationProvider instance = this.instances.get(i % 2);
				UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken
					.unauthenticated(usernames.get(i), password);
				token.setDetails(new LoginDetails(clientIp));
				outcomes.add(pool.submit(() -> {
					start.await();
					try {
						instance.authenticate(token);
					}
					catch (AuthenticationException ex) {
						// wrong or refused: the failures in the database tell which
					}
					return null;
				}));
			}
			start.countDown();
			for (Future<?> outcome : outcomes) {
				outcome.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** How many passwords from this address were checked and found wrong. */
	long wrongPasswordsChecked(String clientIp) {
		return this.failures.countByClientIpAndFailedAtAfter(clientIp, Instant.EPOCH);
	}

}
