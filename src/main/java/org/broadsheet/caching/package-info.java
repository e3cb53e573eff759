/**
 * Page and HTTP caching: the page cache, its eviction on change events (local and from
 * other instances) and the content version that expires it.
 */
@ApplicationModule(allowedDependencies = { "article :: api", "cluster", "moderation", "reply :: api", "web" })
package org.broadsheet.caching;

import org.springframework.modulith.ApplicationModule;
