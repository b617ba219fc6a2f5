package org.migrantportal.pagecache;

import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.RemovalCause;
import org.migrantportal.shared.PageTags;

import org.springframework.stereotype.Component;

/**
 * The rendered public pages in memory, bounded by their size in bytes, keyed by
 * {@link PageKey}. Evicting a tag drops every page that showed it and keeps its bytes as
 * a stale copy, served only while a page cannot be rendered. A generation counter makes
 * sure a page rendered before an eviction is not stored after it.
 */
@Component
public class PageCache {

	private final Cache<PageKey, CachedPage> fresh;

	private final Cache<PageKey, CachedPage> stale;

	private final AtomicLong generation = new AtomicLong();

	private final ViewCache views;

	PageCache(PageCacheProperties properties) {
		this.views = new ViewCache(properties);
		this.stale = Caffeine.newBuilder()
			.maximumWeight(properties.staleMaxSize().toBytes())
			.weigher((PageKey key, CachedPage page) -> page.weight())
			.expireAfterWrite(properties.staleTimeToLive())
			.executor(Runnable::run)
			.build();
		this.fresh = Caffeine.newBuilder()
			.maximumWeight(properties.maxSize().toBytes())
			.weigher((PageKey key, CachedPage page) -> page.weight())
			.expireAfter(Expiry.creating((PageKey key, CachedPage page) -> page.tags().contains(PageTags.CLOCK)
					? min(properties.clockTimeToLive(), properties.timeToLive()) : properties.timeToLive()))
			.executor(Runnable::run)
			.removalListener((PageKey key, CachedPage page, RemovalCause cause) -> {
				if (key != null && page != null && (cause == RemovalCause.EXPLICIT || cause == RemovalCause.EXPIRED)) {
					this.stale.put(key, page);
				}
			})
			.build();
	}

	private static Duration min(Duration one, Duration other) {
		return (one.compareTo(other) <= 0) ? one : other;
	}

	Optional<CachedPage> find(PageKey key) {
		return Optional.ofNullable(this.fresh.getIfPresent(key));
	}

	Optional<CachedPage> findStale(PageKey key) {
		CachedPage page = this.fresh.getIfPresent(key);
		return Optional.ofNullable((page != null) ? page : this.stale.getIfPresent(key));
	}

	/** The generation to pass to {@link #store} for a page about to be rendered. */
	long generation() {
		return this.generation.get();
	}

	/**
	 * Keeps a rendered page, unless something was evicted since it started rendering (it
	 * may show what was just changed).
	 */
	boolean store(PageKey key, CachedPage page, long renderedInGeneration) {
		if (this.generation.get() != renderedInGeneration) {
			return false;
		}
		this.fresh.put(key, page);
		this.stale.invalidate(key);
		if (this.generation.get() != renderedInGeneration) {
			this.fresh.invalidate(key);
			return false;
		}
		return true;
	}

	/**
	 * Drops every page that shows any of these tags; their old bytes stay as stale
	 * copies.
	 */
	public void evict(Collection<String> tags) {
		if (tags.isEmpty()) {
			return;
		}
		this.generation.incrementAndGet();
		this.views.evict(tags);
		Set<String> evicted = Set.copyOf(tags);
		this.fresh.asMap().entrySet().removeIf((entry) -> entry.getValue().hasAnyTag(evicted));
	}

	/** Drops every page (an operator's choice, or a change whose reach is unknown). */
	public void evictAll() {
		this.generation.incrementAndGet();
		this.views.evictAll();
		this.fresh.invalidateAll();
	}

	/** The views of pages kept with the pages, evicted with them. */
	ViewCache views() {
		return this.views;
	}

	/** Whether a page is cached now (for tests and operators). */
	public boolean contains(String path, String query) {
		return this.fresh.getIfPresent(new PageKey(path, PageKey.normalize(query))) != null;
	}

	long size() {
		return this.fresh.estimatedSize();
	}

}
