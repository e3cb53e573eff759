/**
 * Email: follow-up notices to readers, moderator notices, subscriptions and the outbox
 * that sends them.
 */
@ApplicationModule(allowedDependencies = { "account", "article :: api", "moderation", "reply :: api", "web" })
package org.broadsheet.mail;

import org.springframework.modulith.ApplicationModule;
