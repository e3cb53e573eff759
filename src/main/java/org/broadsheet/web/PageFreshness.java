package org.broadsheet.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.ServletRequest;

/**
 * What a page being rendered tells the page cache about how long it stays true, beyond
 * the changes the cache hears of as events: text that is only true at the moment the page
 * is served, such as a form token carrying the second it was issued ({@link #live}), and
 * a moment the page changes by the clock alone, such as a reply form closing
 * ({@link #changesAt}). A cached page is kept once per change and its live text written
 * afresh as it is served, instead of the page being rendered again every second.
 */
public final class PageFreshness {

	private static final String ATTRIBUTE = PageFreshness.class.getName();

	private final List<LiveText> live = new ArrayList<>();

	private Instant changesAt;

	private PageFreshness() {
	}

	/**
	 * Notes that {@code text}, as it appears in the page being rendered, is to be
	 * replaced by what {@code current} gives whenever the page is served again. The text
	 * must be distinctive (a token, never a word or a number that may appear elsewhere);
	 * {@code current} is called at most once a second.
	 */
	public static void live(ServletRequest request, String text, Supplier<String> current) {
		of(request).live.add(new LiveText(text, current));
	}

	/** Notes that the page being rendered changes at {@code moment} with no event. */
	public static void changesAt(ServletRequest request, Instant moment) {
		PageFreshness freshness = of(request);
		if (freshness.changesAt == null || moment.isBefore(freshness.changesAt)) {
			freshness.changesAt = moment;
		}
	}

	/** What the render of this request noted; nothing when it noted nothing. */
	public static PageFreshness noted(ServletRequest request) {
		return (request.getAttribute(ATTRIBUTE) instanceof PageFreshness noted) ? noted : nothing();
	}

	/** A page that changes only with the events the page cache hears of. */
	public static PageFreshness nothing() {
		return new PageFreshness();
	}

	private static PageFreshness of(ServletRequest request) {
		if (request.getAttribute(ATTRIBUTE) instanceof PageFreshness noted) {
			return noted;
		}
		PageFreshness created = new PageFreshness();
		request.setAttribute(ATTRIBUTE, created);
		return created;
	}

	public List<LiveText> liveText() {
		return List.copyOf(this.live);
	}

	/** The earliest moment the page changes by the clock alone, or {@code null}. */
	public Instant changesAt() {
		return this.changesAt;
	}

	/**
	 * Text in a page and how to write it as of now.
	 *
	 * @param text the text as rendered
	 * @param current the text as of the moment it is asked
	 */
	public record LiveText(String text, Supplier<String> current) {

	}

}
