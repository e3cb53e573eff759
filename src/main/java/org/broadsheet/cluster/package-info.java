/**
 * Several instances on one PostgreSQL database: change broadcast (NOTIFY/LISTEN) and
 * cluster-wide locks.
 */
@ApplicationModule(allowedDependencies = { "article :: api", "moderation", "reply :: api" })
package org.broadsheet.cluster;

import org.springframework.modulith.ApplicationModule;
