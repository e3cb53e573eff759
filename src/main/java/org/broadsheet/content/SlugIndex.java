package org.broadsheet.content;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

/**
 * Who holds which slug, and which old slugs redirect, read once per load run so storing a
 * story needs no lookup query. Read when the run first stores a story, so a run that
 * finds nothing changed never reads it. Kept up to date by the writer as it stores; read
 * again after a batch rolls back.
 */
final class SlugIndex {

	/** The article that holds a slug. */
	record Holder(long id, String sourcePath) {

	}

	private final Map<String, Holder> bySlug = new HashMap<>();

	private final Set<String> redirects = new HashSet<>();

	private final EntityManager em;

	private boolean loaded;

	SlugIndex(EntityManager em) {
		this.em = em;
	}

	/** Forgets what was read; the next question reads it again. */
	void reload() {
		this.loaded = false;
	}

	private void ensureLoaded() {
		if (this.loaded) {
			return;
		}
		this.bySlug.clear();
		this.redirects.clear();
		List<Object[]> rows = this.em.createQuery("select a.id, a.slug, a.sourcePath from Article a", Object[].class)
			.getResultList();
		for (Object[] row : rows) {
			this.bySlug.put((String) row[1], new Holder((Long) row[0], (String) row[2]));
		}
		this.redirects
			.addAll(this.em.createQuery("select r.oldSlug from SlugRedirect r", String.class).getResultList());
		this.loaded = true;
	}

	Holder holder(String slug) {
		ensureLoaded();
		return this.bySlug.get(slug);
	}

	void hold(String slug, long id, String sourcePath) {
		ensureLoaded();
		this.bySlug.put(slug, new Holder(id, sourcePath));
	}

	void release(String slug) {
		ensureLoaded();
		this.bySlug.remove(slug);
	}

	boolean redirects(String slug) {
		ensureLoaded();
		return this.redirects.contains(slug);
	}

	void redirect(String oldSlug) {
		ensureLoaded();
		this.redirects.add(oldSlug);
	}

	void unredirect(String slug) {
		ensureLoaded();
		this.redirects.remove(slug);
	}

}
