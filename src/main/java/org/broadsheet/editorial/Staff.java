package org.broadsheet.editorial;

import org.springframework.security.core.Authentication;

/**
 * Who is editing: an EDITOR (or ADMIN) may publish anyone's story; anyone else on these
 * pages is a CONTRIBUTOR, who writes drafts and submits them for review.
 *
 * @param name the username
 * @param editor whether they may publish
 */
record Staff(String name, boolean editor) {

	static Staff of(Authentication authentication) {
		boolean editor = authentication.getAuthorities()
			.stream()
			.anyMatch((a) -> "ROLE_EDITOR".equals(a.getAuthority()) || "ROLE_ADMIN".equals(a.getAuthority()));
		return new Staff(authentication.getName(), editor);
	}

}
