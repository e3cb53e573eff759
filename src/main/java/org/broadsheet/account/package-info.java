/**
 * Staff accounts: users and roles, login (throttled, audited), sessions, the first admin,
 * and the security configuration.
 */
@ApplicationModule(allowedDependencies = { "cluster", "web" })
package org.broadsheet.account;

import org.springframework.modulith.ApplicationModule;
