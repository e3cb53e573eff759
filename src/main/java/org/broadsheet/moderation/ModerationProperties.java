package org.broadsheet.moderation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Moderation settings under {@code broadsheet.moderation.*}.
 *
 * @param purgeTrashAfterDays trashed replies older than this are deleted for good
 * @param purgeCron when the purge runs (default: hourly)
 */
@ConfigurationProperties("broadsheet.moderation")
record ModerationProperties(@DefaultValue("30") int purgeTrashAfterDays,
		@DefaultValue("0 17 * * * *") String purgeCron) {

}
