package org.broadsheet.cluster;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Cluster settings under {@code broadsheet.cluster.*} (see {@code docs/cluster.md}).
 *
 * @param enabled whether this instance coordinates with others on the same PostgreSQL
 * database (on in the {@code postgres} profile; on H2 it is refused with a warning)
 * @param importRetry how soon an import skipped for another instance's is tried again
 * (the content watcher's schedule reads this key)
 */
@Validated
@ConfigurationProperties("broadsheet.cluster")
public record ClusterProperties(@DefaultValue("false") boolean enabled,
		@DefaultValue("5s") @DurationMin(millis = 1) Duration importRetry) {

}
