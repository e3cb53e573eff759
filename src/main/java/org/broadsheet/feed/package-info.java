/**
 * Discovery: RSS and Atom feeds, sitemaps, links and metadata (JSON-LD) of the story
 * pages.
 */
@ApplicationModule(allowedDependencies = { "article :: api", "content", "web" })
package org.broadsheet.feed;

import org.springframework.modulith.ApplicationModule;
