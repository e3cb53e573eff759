package org.broadsheet.content;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Element ids the page itself uses. Story headings never take one of these: the renderer
 * gives a colliding heading a numeric suffix instead ({@code main} becomes
 * {@code main-1}).
 */
public final class ReservedIds {

	/** The fixed ids of the page layout, the article page and the reply form. */
	public static final Set<String> IDS = Set.of("main", "top", "site-header", "site-nav", "site-footer", "search", "q",
			"toc", "toc-title", "article-title", "story-body", "replies", "replies-title", "respond", "reply-title",
			"reply-form", "comment", "author", "email", "url", "remember", "cancel-reply", "hp");

	private static final Pattern REPLY = Pattern.compile("reply-\\d+");

	private ReservedIds() {
	}

	/**
	 * Whether the page may already use {@code id} (compared case-insensitively, to be
	 * safe).
	 * @param id a candidate element id
	 * @return {@code true} if a story heading must not use it
	 */
	public static boolean isReserved(String id) {
		String lower = id.toLowerCase(Locale.ROOT);
		return IDS.contains(lower) || REPLY.matcher(lower).matches();
	}

}
