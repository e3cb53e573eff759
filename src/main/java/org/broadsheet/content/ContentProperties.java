package org.broadsheet.content;

import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationUnit;

/**
 * Content settings under {@code broadsheet.content.*}.
 *
 * @param dir the folder of story files and their images ({@code BROADSHEET_CONTENT_DIR})
 * @param watch the file watcher that reloads changed files while the portal runs
 * @param writeBack whether stories saved in the admin are written to the folder as files
 */
@ConfigurationProperties("broadsheet.content")
record ContentProperties(@DefaultValue("content") Path dir, @DefaultValue Watch watch,
		@DefaultValue("true") boolean writeBack) {

	/**
	 * The file watcher.
	 *
	 * @param enabled whether file changes are picked up while the portal runs
	 * @param debounce how long the folder must stay quiet before a reload (plain numbers
	 * are milliseconds)
	 */
	record Watch(@DefaultValue("true") boolean enabled,
			@DefaultValue("500ms") @DurationUnit(ChronoUnit.MILLIS) Duration debounce) {

	}

}
