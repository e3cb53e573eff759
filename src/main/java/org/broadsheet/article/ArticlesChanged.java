package org.broadsheet.article;

import java.util.Set;

import org.springframework.modulith.NamedInterface;

/**
 * Published after stories were created, changed, unpublished or removed (by the content
 * loader or, later, the admin), once per batch, so the search index and page caches can
 * follow.
 *
 * @param articleIds the ids of the stories that changed in this batch
 */
@NamedInterface("api")
public record ArticlesChanged(Set<Long> articleIds) {

}
