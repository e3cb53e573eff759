package org.broadsheet.account;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LoginFailureRepository extends JpaRepository<LoginFailure, Long> {

	long countByUsernameAndClientIpAndFailedAtAfter(String username, String clientIp, Instant since);

	long countByClientIpAndFailedAtAfter(String clientIp, Instant since);

	@Modifying
	@Query("delete from LoginFailure f where f.username = :username and f.clientIp = :clientIp")
	void deletePair(String username, String clientIp);

	@Modifying
	@Query("delete from LoginFailure f where f.failedAt < :before")
	int deleteOlderThan(Instant before);

}
