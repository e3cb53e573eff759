package org.broadsheet.account;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the staff header shows about who is signed in; templates call
 * {@code ${@staffHeader.current()}}.
 */
@Component("staffHeader")
public class StaffHeader {

	/**
	 * The signed-in staff member as the header needs it.
	 *
	 * @param name the username, empty when nobody is signed in
	 * @param admin holds ADMIN
	 * @param writes may open the editors' pages
	 * @param moderates may open the reply queue
	 */
	public record Viewer(String name, boolean admin, boolean writes, boolean moderates) {

		public boolean signedIn() {
			return !this.name.isEmpty();
		}

	}

	public Viewer current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return new Viewer("", false, false, false);
		}
		boolean admin = has(authentication, Role.ADMIN);
		return new Viewer(authentication.getName(), admin,
				admin || has(authentication, Role.EDITOR) || has(authentication, Role.CONTRIBUTOR),
				admin || has(authentication, Role.MODERATOR));
	}

	private static boolean has(Authentication authentication, Role role) {
		return authentication.getAuthorities().stream().anyMatch((a) -> role.authority().equals(a.getAuthority()));
	}

}
