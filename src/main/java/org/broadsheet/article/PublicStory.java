package org.broadsheet.article;

import java.time.Instant;

import org.springframework.modulith.NamedInterface;

/**
 * What makes a story public, said once: neither a draft nor removed, and its date has
 * come. In Java that is {@link Article#isPublicAt(Instant)}; in queries it is these JPQL
 * conditions on an {@code Article} aliased {@code a}, which every feature's queries use
 * instead of restating the columns.
 */
@NamedInterface("api")
public final class PublicStory {

	/**
	 * Released: neither a draft nor removed, whatever its date (public now or scheduled).
	 */
	public static final String RELEASED = "a.draft = false and a.removed = false";

	/**
	 * {@link #RELEASED} in plain SQL on the {@code article} table, for JDBC hot paths.
	 */
	public static final String RELEASED_SQL = "draft = false and removed = false";

	/** Public at the query parameter {@code :now}. */
	public static final String NOW = RELEASED + " and a.publishedAt <= :now";

	/** Released but not yet public at {@code :now}: it comes out at its date. */
	public static final String SCHEDULED = RELEASED + " and a.publishedAt > :now";

	private PublicStory() {
	}

}
