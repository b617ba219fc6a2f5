package org.migrantportal.shared;

import java.util.function.Supplier;

/**
 * Keeps what public pages show (a page's view, built by several queries) in memory
 * between renders, dropped with the page cache whenever a change affects it (by the
 * {@link PageTags tags} its loading noted). A page the page cache misses (a new query, a
 * visitor with a language cookie, a node just started) then costs its template only.
 * Nothing is kept that noted no tag, or the {@link PageTags#CLOCK clock} tag.
 */
public interface PublishedViews {

	/**
	 * The view kept under {@code key}, noting its tags for the page being rendered; else
	 * {@code loader}'s, kept when it can be. The key must tell apart everything the view
	 * depends on (the language and the address, at least). Failures are not kept.
	 */
	<T> T get(Object key, Supplier<T> loader);

	/** Keeps nothing: for when the page cache is off. */
	PublishedViews NONE = new PublishedViews() {
		@Override
		public <T> T get(Object key, Supplier<T> loader) {
			return loader.get();
		}
	};

}
