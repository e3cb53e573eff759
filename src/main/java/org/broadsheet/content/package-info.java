/**
 * Story files: Markdown with front matter under the content folder, parsed, rendered,
 * sanitized and loaded into articles; the watcher and the writer editors save through.
 */
@ApplicationModule(allowedDependencies = { "article :: api", "cluster", "media", "web" })
package org.broadsheet.content;

import org.springframework.modulith.ApplicationModule;
