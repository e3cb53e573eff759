package org.broadsheet.account;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A staff member who signs in: a username, a password hash (never the password), roles,
 * and whether the account may sign in at all.
 */
@Entity
@Table(name = "staff_user")
class User {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String username;

	private String passwordHash;

	private boolean enabled = true;

	private Instant createdAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "staff_user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	protected User() {
	}

	User(String username, String passwordHash, Collection<Role> roles, Instant createdAt) {
		this.username = Usernames.normalize(username);
		this.passwordHash = passwordHash;
		this.createdAt = createdAt;
		changeRoles(roles);
	}

	Long getId() {
		return this.id;
	}

	String getUsername() {
		return this.username;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Set<Role> getRoles() {
		return Set.copyOf(this.roles);
	}

	boolean isActiveAdmin() {
		return this.enabled && this.roles.contains(Role.ADMIN);
	}

	void changeRoles(Collection<Role> newRoles) {
		this.roles.clear();
		this.roles.addAll(newRoles);
	}

	void changePasswordHash(String newHash) {
		this.passwordHash = newHash;
	}

	void disable() {
		this.enabled = false;
	}

	void enable() {
		this.enabled = true;
	}

}
