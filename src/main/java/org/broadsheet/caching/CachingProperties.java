package org.broadsheet.caching;

import java.time.Duration;
import java.util.List;

import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * HTTP caching of public pages under {@code broadsheet.caching.*}.
 *
 * @param maxAge how long browsers and CDNs may reuse an anonymous public page
 * @param excludedPaths path prefixes never given public caching headers (admin, login,
 * static assets that carry their own year-long headers)
 * @param validatorLifetime the longest a validator stays the same with no change, so a
 * revalidated page is re-rendered now and then (its reply form token must stay fresh)
 */
@Validated
@ConfigurationProperties("broadsheet.caching")
record CachingProperties(@DefaultValue("60s") @DurationMin(seconds = 0) Duration maxAge, @DefaultValue( {
		"/admin", "/moderation", "/login", "/logout", "/account", "/actuator", "/error", "/media/", "/css/", "/js/",
		"/images/", "/img/", "/fonts/", "/webjars/", "/favicon" }) List<String> excludedPaths,
		@DefaultValue("1h") @DurationMin(seconds = 1) Duration validatorLifetime){

}
