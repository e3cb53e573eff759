package org.broadsheet.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.EnumSet;

import org.broadsheet.cluster.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * On the first start (no users at all) creates the administrator {@code admin}. Its
 * password comes from {@code broadsheet.admin-password} or the environment variable
 * {@code BROADSHEET_ADMIN_PASSWORD} ({@link FirstAdminProperties}); when neither is set a
 * random one is generated and logged once.
 */
@Component
class FirstAdminBootstrap implements ApplicationRunner {

	static final String ADMIN_USERNAME = "admin";

	/** The cluster-wide lock of the first start. */
	static final long FIRST_ADMIN_LOCK = 0x62726F6164616431L;

	private static final Logger logger = LoggerFactory.getLogger(FirstAdminBootstrap.class);

	private final UserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final FirstAdminProperties properties;

	private final Clock clock;

	private final ClusterLock cluster;

	FirstAdminBootstrap(UserRepository users, PasswordEncoder passwordEncoder, FirstAdminProperties properties,
			Clock clock, ClusterLock cluster) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.properties = properties;
		this.clock = clock;
		this.cluster = cluster;
	}

	/** One instance of a cluster started together creates the administrator. */
	@Override
	public void run(ApplicationArguments args) {
		if (this.cluster.whileHolding(FIRST_ADMIN_LOCK, this::createFirstAdmin).isEmpty()) {
			logger.info("Another instance is creating the first administrator");
		}
	}

	private boolean createFirstAdmin() {
		if (this.users.count() > 0) {
			return false;
		}
		String configured = this.properties.adminPassword();
		String password = (configured != null) ? configured : randomPassword();
		try {
			this.users.saveAndFlush(new User(ADMIN_USERNAME, this.passwordEncoder.encode(password),
					EnumSet.of(Role.ADMIN), this.clock.instant()));
		}
		catch (DataIntegrityViolationException ex) {
			logger.info("Another instance created the first administrator");
			return false;
		}
		if (configured != null) {
			logger.info("Created the administrator '{}' with the password from BROADSHEET_ADMIN_PASSWORD",
					ADMIN_USERNAME);
		}
		else {
			logger.warn("Created the administrator '{}' with the generated password: {} "
					+ "(shown once; sign in and change it, or set BROADSHEET_ADMIN_PASSWORD before the first start)",
					ADMIN_USERNAME, password);
		}
		return true;
	}

	private static String randomPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
