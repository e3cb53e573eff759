package org.broadsheet.web;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Site-wide settings under {@code broadsheet.*}.
 *
 * @param name the masthead shown in every page header
 * @param siteUrl the public base URL, used for canonical links and feeds
 * @param timezone the newsroom's zone: bare dates mean midnight here, datelines show it
 * @param language the default BCP 47 language of stories and pages
 */
@ConfigurationProperties("broadsheet")
public record SiteProperties(@DefaultValue("Broadsheet") String name,
		@DefaultValue("http://localhost:8080") String siteUrl, @DefaultValue("UTC") ZoneId timezone,
		@DefaultValue("en") String language) {

}
