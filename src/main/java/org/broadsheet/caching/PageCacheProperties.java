package org.broadsheet.caching;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Positive;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The in-process cache of anonymous reader pages under {@code broadsheet.page-cache.*}.
 *
 * @param enabled whether anonymous reader pages are served from memory
 * @param ttl how long a rendered page is served at most before it is rendered again
 * (changes evict it at once, and its reply form token is written afresh each second)
 * @param maxEntries how many distinct pages are kept at most (the least useful go first)
 * @param paths the path prefixes of pages that may be cached
 * @param parameters the query parameters cached pages read; a page is cached once per
 * path and values of these, whatever else the query string holds
 */
@Validated
@ConfigurationProperties("broadsheet.page-cache")
public record PageCacheProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("1m") @DurationMin(millis = 1) Duration ttl, @DefaultValue("2000") @Positive int maxEntries,
		@DefaultValue( {
				"/articles/", "/sections/", "/tags/", "/authors/", "/rss.xml", "/atom.xml", "/sitemap.xml",
				"/news-sitemap.xml", "/robots.txt", "/search" }) List<String> paths,
		@DefaultValue({ "q", "page", "reported", "replytocom" }) List<String> parameters){

}
