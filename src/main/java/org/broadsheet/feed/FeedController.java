package org.broadsheet.feed;

import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import org.broadsheet.article.CanonicalRedirect;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * RSS and Atom feeds of the whole site, each desk and each tag. Caching headers come from
 * the site-wide HTTP caching filter. A desk or tag in another spelling is redirected.
 */
@Controller
class FeedController {

	private final FeedStories feeds;

	private final RssWriter rss;

	private final AtomWriter atom;

	FeedController(FeedStories feeds, RssWriter rss, AtomWriter atom) {
		this.feeds = feeds;
		this.rss = rss;
		this.atom = atom;
	}

	@GetMapping("/rss.xml")
	ResponseEntity<byte[]> showSiteRss() {
		return rss(this.feeds.site());
	}

	@GetMapping("/atom.xml")
	ResponseEntity<byte[]> showSiteAtom() {
		return atom(this.feeds.site());
	}

	@GetMapping("/sections/{desk}/rss.xml")
	ResponseEntity<byte[]> showDeskRss(@PathVariable String desk, HttpServletRequest request) {
		return found("/sections/", desk, "/rss.xml", this.feeds::desk, this::rss, request);
	}

	@GetMapping("/sections/{desk}/atom.xml")
	ResponseEntity<byte[]> showDeskAtom(@PathVariable String desk, HttpServletRequest request) {
		return found("/sections/", desk, "/atom.xml", this.feeds::desk, this::atom, request);
	}

	@GetMapping("/tags/{tag}/rss.xml")
	ResponseEntity<byte[]> showTagRss(@PathVariable String tag, HttpServletRequest request) {
		return found("/tags/", tag, "/rss.xml", this.feeds::tag, this::rss, request);
	}

	@GetMapping("/tags/{tag}/atom.xml")
	ResponseEntity<byte[]> showTagAtom(@PathVariable String tag, HttpServletRequest request) {
		return found("/tags/", tag, "/atom.xml", this.feeds::tag, this::atom, request);
	}

	/**
	 * The feed of a desk or tag; another spelling of one that exists is sent on to its
	 * canonical address, as the list page is.
	 */
	private static ResponseEntity<byte[]> found(String prefix, String slug, String suffix,
			Function<String, Optional<Feed>> feeds, Function<Feed, ResponseEntity<byte[]>> writer,
			HttpServletRequest request) {
		Optional<Feed> feed = feeds.apply(slug);
		if (feed.isPresent()) {
			return writer.apply(feed.get());
		}
		return CanonicalRedirect.otherSpelling(slug)
			.filter((canonical) -> feeds.apply(canonical).isPresent())
			.map((canonical) -> ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
				.header(HttpHeaders.LOCATION, CanonicalRedirect.location(prefix, canonical, suffix, request))
				.<byte[]>build())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private ResponseEntity<byte[]> rss(Feed feed) {
		return xml(RssWriter.CONTENT_TYPE, this.rss::write, feed);
	}

	private ResponseEntity<byte[]> atom(Feed feed) {
		return xml(AtomWriter.CONTENT_TYPE, this.atom::write, feed);
	}

	private static ResponseEntity<byte[]> xml(String type, Function<Feed, byte[]> writer, Feed feed) {
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(type)).body(writer.apply(feed));
	}

}
