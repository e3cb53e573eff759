package org.broadsheet.article;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Old slugs of stories whose slug changed.
 */
public interface SlugRedirectRepository extends JpaRepository<SlugRedirect, String> {

}
