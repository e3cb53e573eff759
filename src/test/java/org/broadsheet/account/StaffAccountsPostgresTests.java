package org.broadsheet.account;

import java.util.EnumSet;

import org.broadsheet.PostgresTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The last-admin check locks the enabled admins, and the sign-in throttle counts attempts
 * before checking passwords; both must hold on PostgreSQL too.
 */
@PostgresTest
class StaffAccountsPostgresTests {

	@Autowired
	StaffAccounts accounts;

	@Autowired
	UserRepository users;

	@Autowired
	ApplicationContext context;

	@Test
	void aBurstOfGuessesStaysWithinTheLimitOnPostgres() throws Exception {
		StaffUsers.ensure(this.context, "pg-burst", "pg burst password", Role.EDITOR);
		LoginBurstTests.assertBurstStaysWithinTheLimit(new LoginBurst(this.context), "pg-burst", "pg burst password",
				"203.0.113.51");
	}

	@Test
	void lastEnabledAdminIsKeptOnPostgres() {
		User admin = this.users.findByUsername("admin").orElseThrow();
		assertThatExceptionOfType(LastAdminException.class).isThrownBy(() -> this.accounts.disable(admin.getId()));
		User second = this.accounts.create("pg-second-admin", "second admin password", EnumSet.of(Role.ADMIN));
		this.accounts.changeRoles(admin.getId(), EnumSet.of(Role.EDITOR));
		assertThat(this.users.findByUsername("admin").orElseThrow().getRoles()).containsExactly(Role.EDITOR);
		assertThatExceptionOfType(LastAdminException.class).isThrownBy(() -> this.accounts.disable(second.getId()));
		this.accounts.changeRoles(admin.getId(), EnumSet.of(Role.ADMIN));
	}

}
