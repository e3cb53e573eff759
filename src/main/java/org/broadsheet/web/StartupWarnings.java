package org.broadsheet.web;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * One WARN line at start-up for each production setting still at its development value:
 * the site URL under the {@code postgres} profile, and a generated secret when several
 * instances could share the database.
 */
@Component
class StartupWarnings {

	private static final Log logger = LogFactory.getLog(StartupWarnings.class);

	private final Environment environment;

	private final SiteProperties site;

	StartupWarnings(Environment environment, SiteProperties site) {
		this.environment = environment;
		this.site = site;
	}

	@EventListener(ApplicationStartedEvent.class)
	void warn() {
		warnings().forEach(logger::warn);
	}

	List<String> warnings() {
		List<String> warnings = new ArrayList<>();
		boolean postgres = this.environment.acceptsProfiles(Profiles.of("postgres"));
		if (postgres && this.site.siteUrl().startsWith("http://localhost")) {
			warnings.add("broadsheet.site-url is still " + this.site.siteUrl()
					+ ": canonical links, feeds and sitemaps point there; set BROADSHEET_SITEURL to the public URL");
		}
		if (sharedDatabase(postgres) && this.environment.getProperty("broadsheet.secret", "").isBlank()) {
			warnings.add("broadsheet.secret is not set: a generated secret kept in the database signs form tokens "
					+ "and cookies; set BROADSHEET_SECRET (the same on every instance) so it can be rotated and "
					+ "does not depend on the database");
		}
		return warnings;
	}

	private boolean sharedDatabase(boolean postgres) {
		String url = this.environment.getProperty("spring.datasource.url", "");
		return postgres || !(url.isEmpty() || url.startsWith("jdbc:h2:"));
	}

}
