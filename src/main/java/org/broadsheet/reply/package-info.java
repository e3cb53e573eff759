/**
 * Readers' replies to stories: posting through the rules, threads on the story page,
 * reports. Other features use only the types marked {@code @NamedInterface("api")}:
 * {@code ReplyService} and {@code StaffReplies} for staff, the entity, the rules contract
 * and the events, never the repository.
 */
@ApplicationModule(allowedDependencies = { "article :: api", "web" })
package org.broadsheet.reply;

import org.springframework.modulith.ApplicationModule;
