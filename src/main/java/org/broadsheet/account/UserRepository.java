package org.broadsheet.account;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface UserRepository extends JpaRepository<User, Long> {

	Optional<User> findByUsername(String username);

	boolean existsByUsername(String username);

	List<User> findAllByOrderByUsernameAsc();

	/** Locks every enabled admin, so two admins cannot demote each other at once. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select u from User u join u.roles r where r = org.broadsheet.account.Role.ADMIN and u.enabled = true")
	List<User> lockActiveAdmins();

}
