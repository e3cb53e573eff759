/**
 * Full-text search (Lucene) over public stories, and related stories.
 */
@ApplicationModule(allowedDependencies = { "article :: api", "cluster" })
package org.broadsheet.search;

import org.springframework.modulith.ApplicationModule;
