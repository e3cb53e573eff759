package org.broadsheet.moderation;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Moderation settings under {@code broadsheet.moderation.*}.
 *
 * @param purgeTrashAfterDays trashed replies older than this are deleted for good
 * @param purgeCron when the purge runs (default: hourly)
 */
@Validated
@ConfigurationProperties("broadsheet.moderation")
record ModerationProperties(@DefaultValue("30") @Positive int purgeTrashAfterDays,
		@DefaultValue("0 17 * * * *") String purgeCron) {

}
