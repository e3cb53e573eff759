package org.broadsheet.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

import org.broadsheet.web.SiteProperties;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Absolute URLs of the public pages, built from {@code broadsheet.site-url}, with path
 * segments percent-encoded (a Korean slug becomes a valid URL).
 */
@Component
public class SiteLinks {

	private final String base;

	SiteLinks(SiteProperties site) {
		String url = site.siteUrl().strip();
		this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	public String home() {
		return this.base + "/";
	}

	public String path(String path) {
		return this.base + path;
	}

	public String article(String slug) {
		return this.base + "/articles/" + segment(slug);
	}

	public String desk(String slug) {
		return this.base + "/sections/" + segment(slug);
	}

	public String tag(String slug) {
		return this.base + "/tags/" + segment(slug);
	}

	public String author(String slug) {
		return this.base + "/authors/" + segment(slug);
	}

	/**
	 * An absolute form of a URL found in a story (an image, a link), resolved against the
	 * page it appears on; {@code null} when it cannot be resolved.
	 */
	public String resolve(String url, String page) {
		if (url == null || url.isBlank()) {
			return null;
		}
		try {
			URI uri;
			try {
				uri = new URI(url.strip());
			}
			catch (URISyntaxException ex) {
				uri = URI.create(UriComponentsBuilder.fromUriString(url.strip()).encode().build().toUriString());
			}
			return URI.create(page).resolve(uri).toASCIIString();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String segment(String value) {
		return UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
	}

}
