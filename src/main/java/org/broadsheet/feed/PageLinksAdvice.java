package org.broadsheet.feed;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import org.broadsheet.feed.PageLinks.Alternate;
import org.broadsheet.web.SiteProperties;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriUtils;

/**
 * Gives every page's model its {@link PageLinks} ({@code pageLinks}) for the layout's
 * head: the canonical URL (path as requested, only a {@code page} parameter other than 1
 * kept; none on error pages) and feed autodiscovery links.
 */
@ControllerAdvice
class PageLinksAdvice {

	private static final Pattern LIST_PAGE = Pattern.compile("^/(sections|tags)/([^/]+)/?$");

	private static final Pattern PAGE_NUMBER = Pattern.compile("[0-9]{1,6}");

	private final SiteLinks links;

	private final SiteProperties site;

	PageLinksAdvice(SiteProperties site) {
		this.site = site;
		this.links = new SiteLinks(site);
	}

	@ModelAttribute("pageLinks")
	PageLinks pageLinks(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String page = request.getParameter("page");
		String canonical = (request.getDispatcherType() == DispatcherType.ERROR || path.startsWith("/error")) ? null
				: this.links.path(path);
		if (canonical != null && page != null && PAGE_NUMBER.matcher(page).matches() && Integer.parseInt(page) > 1) {
			canonical += "?page=" + Integer.parseInt(page);
		}
		List<Alternate> feeds = new ArrayList<>();
		feeds.add(new Alternate("application/rss+xml", this.site.name() + " (RSS)", this.links.path("/rss.xml")));
		feeds.add(new Alternate("application/atom+xml", this.site.name() + " (Atom)", this.links.path("/atom.xml")));
		Matcher list = LIST_PAGE.matcher(path);
		if (list.matches()) {
			String base = this.links.path("/" + list.group(1) + "/" + list.group(2));
			String name = this.site.name() + ": " + UriUtils.decode(list.group(2), StandardCharsets.UTF_8);
			feeds.add(new Alternate("application/rss+xml", name + " (RSS)", base + "/rss.xml"));
			feeds.add(new Alternate("application/atom+xml", name + " (Atom)", base + "/atom.xml"));
		}
		return new PageLinks(canonical, List.copyOf(feeds));
	}

}
