package org.broadsheet.account;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LoginBlockRepository extends JpaRepository<LoginBlock, Long> {

	boolean existsByUsernameAndClientIpAndBlockedUntilAfter(String username, String clientIp, Instant now);

	@Modifying
	@Query("delete from LoginBlock b where b.blockedUntil < :now")
	int deleteExpired(Instant now);

}
