package org.migrantportal.pagecache;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.migrantportal.shared.PageTags;
import org.migrantportal.shared.PublishedViews;

/**
 * The views of public pages kept in memory, evicted together with the page cache (the
 * same tags, on every node, at the commit of a change) and after the page cache's time to
 * live in any case. A view loaded while an eviction happened is not kept, so a
 * publication is never hidden by a view read just before it.
 */
final class ViewCache implements PublishedViews {

	/** How many views are kept at most (the least recently used go first). */
	static final int MAX_VIEWS = 5_000;

	private final long timeToLiveNanos;

	private final AtomicLong generation = new AtomicLong();

	private final Map<Object, Kept> views = new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Object, Kept> eldest) {
			return size() > MAX_VIEWS;
		}
	};

	ViewCache(PageCacheProperties properties) {
		this.timeToLiveNanos = properties.timeToLive().toNanos();
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> T get(Object key, Supplier<T> loader) {
		Kept kept;
		synchronized (this.views) {
			kept = this.views.get(key);
		}
		if (kept != null && System.nanoTime() - kept.storedAt() < this.timeToLiveNanos) {
			kept.tags().forEach(PageTags::add);
			return (T) kept.view();
		}
		long loadedInGeneration = this.generation.get();
		Set<String> tags = new HashSet<>();
		T view = PageTags.recording(tags, loader);
		if (view != null && !tags.isEmpty() && !tags.contains(PageTags.CLOCK)) {
			synchronized (this.views) {
				if (this.generation.get() == loadedInGeneration) {
					this.views.put(key, new Kept(view, Set.copyOf(tags), System.nanoTime()));
				}
			}
		}
		return view;
	}

	/** Drops every view showing one of these tags. */
	void evict(Collection<String> tags) {
		synchronized (this.views) {
			this.generation.incrementAndGet();
			this.views.values().removeIf((kept) -> tags.stream().anyMatch(kept.tags()::contains));
		}
	}

	/** Drops every view. */
	void evictAll() {
		synchronized (this.views) {
			this.generation.incrementAndGet();
			this.views.clear();
		}
	}

	private record Kept(Object view, Set<String> tags, long storedAt) {
	}

}
