package org.broadsheet.cluster;

import java.util.Set;

/**
 * A change another instance made and committed, replayed here as a local event so caches
 * and the search index follow it. Never published for this instance's own changes (those
 * arrive as the features' own events).
 *
 * @param kind what changed
 * @param articleIds the stories concerned (empty when unknown or all)
 */
public record RemoteChange(Kind kind, Set<Long> articleIds) {

	public RemoteChange {
		articleIds = Set.copyOf(articleIds);
	}

	/** Whether stories themselves changed (the search index follows these). */
	public boolean storiesChanged() {
		return this.kind == Kind.STORIES || this.kind == Kind.ALL;
	}

	/** What changed. */
	public enum Kind {

		/** Stories stored, unpublished, removed or gone live. */
		STORIES,

		/** Replies a story shows publicly: posted and approved, moderated, reported. */
		REPLIES,

		/** Posters blocked or unblocked. */
		BLOCKS,

		/** Unknown: changes may have been missed, so everything is to be refreshed. */
		ALL

	}

}
