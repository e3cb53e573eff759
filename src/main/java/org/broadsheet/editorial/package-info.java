/**
 * The newsroom: dashboard, story editor, status changes, corrections and revisions.
 */
@ApplicationModule(allowedDependencies = { "article :: api", "content", "reply :: api", "web" })
package org.broadsheet.editorial;

import org.springframework.modulith.ApplicationModule;
