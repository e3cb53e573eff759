package org.broadsheet.feed;

import java.time.Instant;

/**
 * A page for the sitemap: the slug of a story, desk, tag or author and when it last
 * changed.
 *
 * @param slug the slug
 * @param lastModified the newest publication or update among its stories
 */
record SitemapEntry(String slug, Instant lastModified) {

}
