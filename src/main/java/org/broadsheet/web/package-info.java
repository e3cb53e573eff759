/**
 * The web shell shared by every feature: site settings, client address behind trusted
 * proxies, cross-site checks, error pages, the clock.
 */
@ApplicationModule(allowedDependencies = {})
package org.broadsheet.web;

import org.springframework.modulith.ApplicationModule;
