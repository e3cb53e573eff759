/**
 * The moderation queue: staff decisions on replies (through reply's API), the audit log,
 * blocked posters and readers' data requests.
 */
@ApplicationModule(allowedDependencies = { "article :: api", "reply :: api" })
package org.broadsheet.moderation;

import org.springframework.modulith.ApplicationModule;
