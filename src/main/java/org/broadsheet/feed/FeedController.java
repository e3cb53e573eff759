package org.broadsheet.feed;

import java.util.Optional;
import java.util.function.Function;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * RSS and Atom feeds of the whole site, each desk and each tag. Caching headers come from
 * the site-wide HTTP caching filter.
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
	ResponseEntity<byte[]> showDeskRss(@PathVariable String desk) {
		return rss(found(this.feeds.desk(desk)));
	}

	@GetMapping("/sections/{desk}/atom.xml")
	ResponseEntity<byte[]> showDeskAtom(@PathVariable String desk) {
		return atom(found(this.feeds.desk(desk)));
	}

	@GetMapping("/tags/{tag}/rss.xml")
	ResponseEntity<byte[]> showTagRss(@PathVariable String tag) {
		return rss(found(this.feeds.tag(tag)));
	}

	@GetMapping("/tags/{tag}/atom.xml")
	ResponseEntity<byte[]> showTagAtom(@PathVariable String tag) {
		return atom(found(this.feeds.tag(tag)));
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

	private static Feed found(Optional<Feed> feed) {
		return feed.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
