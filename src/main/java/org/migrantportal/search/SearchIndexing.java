package org.migrantportal.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.migrantportal.content.ContentKind;
import org.migrantportal.content.ContentSearchEntries;
import org.migrantportal.content.ContentSearchEntry;
import org.migrantportal.directory.DirectoryKinds;
import org.migrantportal.directory.ListingSearchEntries;
import org.migrantportal.directory.ListingSearchEntry;
import org.migrantportal.editorial.EditableKind;
import org.migrantportal.editorial.EditorialEvent;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.StaffRole;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Keeps the index true: everything is indexed at start (after the initial content), a
 * page, news item or service is indexed again within seconds of any change to it
 * (publish, unpublish, trash, restore, purge) through the modules' events, and a full
 * reindex runs on request and on a schedule (so several nodes, each with its own index,
 * converge).
 */
@Service
@Order(100)
public class SearchIndexing implements ApplicationRunner, DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(SearchIndexing.class);

	private static final Duration RETRY_FIRST_BUILD = Duration.ofSeconds(5);

	private static final Duration STOP_WAIT = Duration.ofSeconds(2);

	/**
	 * How long the embedded index's first build lets the start's first pages go first (it
	 * would take half a second of a two-core machine just as they are rendered).
	 */
	static final Duration FIRST_BUILD_DELAY = Duration.ofSeconds(3);

	private final SearchEngine index;

	private final ContentSearchEntries content;

	private final ListingSearchEntries listings;

	/** Counted down once the index holds the published texts at start. */
	private final CountDownLatch built = new CountDownLatch(1);

	/**
	 * Counted down when a search (or a stop) will not wait for the first build's delay.
	 */
	private final CountDownLatch wanted = new CountDownLatch(1);

	private final Duration firstBuildDelay;

	private volatile boolean closing;

	/** One full rebuild at a time. */
	private final Object rebuilding = new Object();

	/**
	 * The subjects that changed while a full rebuild was under way (null when none is):
	 * what the rebuild read of them may be older than the change, so they are indexed
	 * again once it has replaced the index.
	 */
	private Set<Subject> changedDuringRebuild;

	private Thread firstBuild;

	@Autowired
	SearchIndexing(SearchEngine index, ContentSearchEntries content, ListingSearchEntries listings) {
		this(index, content, listings, FIRST_BUILD_DELAY);
	}

	SearchIndexing(SearchEngine index, ContentSearchEntries content, ListingSearchEntries listings,
			Duration firstBuildDelay) {
		this.index = index;
		this.content = content;
		this.listings = listings;
		this.firstBuildDelay = firstBuildDelay;
	}

	/**
	 * At start: a shared index is built only when it is empty (the other nodes keep it
	 * true) or when the node is started with {@code --reindex}, under the initial import
	 * lock. The embedded index is built on a thread of its own, a few seconds after the
	 * start or at once when a search asks for it, so that the first pages need not wait
	 * for it (it took a second of every start); a search that arrives before it is built
	 * waits for it ({@link #awaitBuilt}). A build the database refuses is tried again
	 * every few seconds.
	 */
	@Override
	public void run(ApplicationArguments args) {
		if (this.index.shared()) {
			if (this.index.size() == 0 || args.containsOption("reindex")) {
				reindexAll();
			}
			this.built.countDown();
			return;
		}
		this.firstBuild = new Thread(this::buildFirst, "search-index");
		this.firstBuild.setDaemon(true);
		this.firstBuild.start();
	}

	private void buildFirst() {
		try {
			this.wanted.await(this.firstBuildDelay.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return;
		}
		while (!this.closing) {
			try {
				reindexAll();
				this.built.countDown();
				return;
			}
			catch (RuntimeException ex) {
				if (this.closing) {
					break;
				}
				logger.warn("The search index could not be built, trying again in {} s: {}",
						RETRY_FIRST_BUILD.toSeconds(), ex.toString());
				try {
					Thread.sleep(RETRY_FIRST_BUILD.toMillis());
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
		logger.info("Stopped before the search index was built");
	}

	/**
	 * Waits up to {@code limit} for the index the start builds, starting the build at
	 * once if it has not begun; whether it is built.
	 */
	boolean awaitBuilt(Duration limit) {
		this.wanted.countDown();
		try {
			return this.built.await(limit.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * A stop lets a build under way finish for a moment (never interrupted: an interrupt
	 * can break a Lucene index in a folder) before the index is closed.
	 */
	@Override
	public void destroy() throws InterruptedException {
		this.closing = true;
		this.wanted.countDown();
		if (this.firstBuild != null) {
			this.firstBuild.join(STOP_WAIT.toMillis());
		}
	}

	/**
	 * Every {@code portal.search.full-reindex-interval}, an embedded index is rebuilt so
	 * that changes made on other nodes reach it; a shared one needs no such thing. Not
	 * locked across the cluster: each node rebuilds its own embedded index.
	 */
	@Scheduled(fixedDelayString = "${portal.search.full-reindex-interval:PT15M}",
			initialDelayString = "${portal.search.full-reindex-interval:PT15M}")
	void reindexOnSchedule() {
		if (!this.index.shared()) {
			reindexAll();
		}
	}

	/**
	 * Rebuilds the whole index from the database; returns how many documents it holds.
	 */
	public int reindexAll() {
		synchronized (this.rebuilding) {
			synchronized (this) {
				this.changedDuringRebuild = new LinkedHashSet<>();
			}
			Set<Subject> changed;
			long start = System.nanoTime();
			List<SearchDocument> documents = new ArrayList<>();
			try {
				this.content.all().forEach((entry) -> documents.add(document(entry)));
				this.listings.all().forEach((entry) -> documents.add(document(entry)));
				this.index.replaceAll(documents);
			}
			finally {
				synchronized (this) {
					changed = this.changedDuringRebuild;
					this.changedDuringRebuild = null;
				}
			}
			changed.forEach(this::reindex);
			logger.info("Search index rebuilt: {} documents in {} ms", documents.size(),
					(System.nanoTime() - start) / 1_000_000);
			return documents.size();
		}
	}

	/**
	 * An admin's request to rebuild the index now; returns how many documents it holds.
	 */
	public int rebuild(Actor actor) {
		if (actor.role() != StaffRole.ADMIN) {
			throw new AccessDeniedException("only admins rebuild the search index");
		}
		logger.info("Search index rebuild requested by account {}", actor.accountId());
		return reindexAll();
	}

	/**
	 * A change that may show on the public site indexes the item again: its published
	 * translations replace what the index held of it.
	 */
	@ApplicationModuleListener
	void on(EditorialEvent event) {
		if (event.subjectId() == null || !event.change().changesPublicSite()) {
			return;
		}
		Subject subject = new Subject(event.kind(), event.subjectId());
		synchronized (this) {
			if (this.changedDuringRebuild != null) {
				this.changedDuringRebuild.add(subject);
			}
		}
		reindex(subject);
	}

	/** Its published translations replace what the index held of it. */
	private void reindex(Subject subject) {
		if (DirectoryKinds.SERVICE.equals(subject.kind())) {
			this.index.replaceSubject(SearchType.SERVICE.name() + ":" + subject.id(),
					this.listings.of(subject.id()).stream().map(SearchIndexing::document).toList());
			return;
		}
		Stream.of(ContentKind.PAGE, ContentKind.NEWS, ContentKind.TOPIC)
			.filter((kind) -> kind.editable().equals(subject.kind()))
			.findFirst()
			.ifPresent((kind) -> this.index.replaceSubject(type(kind).name() + ":" + subject.id(),
					this.content.of(kind, subject.id()).stream().map(SearchIndexing::document).toList()));
	}

	private static SearchType type(ContentKind kind) {
		return switch (kind) {
			case NEWS -> SearchType.NEWS;
			case TOPIC -> SearchType.TOPIC;
			case PAGE -> SearchType.PAGE;
		};
	}

	static SearchDocument document(ContentSearchEntry entry) {
		return new SearchDocument(type(entry.kind()), entry.id(), entry.locale(), entry.country(), entry.title(),
				entry.summary(), entry.bodyText(), entry.path(), entry.publishedAt());
	}

	static SearchDocument document(ListingSearchEntry entry) {
		return new SearchDocument(SearchType.SERVICE, entry.id(), entry.locale(), entry.country(), entry.title(),
				entry.summary(), entry.body(), entry.path(), null);
	}

	/** An item of the index: a page, news item, topic or service. */
	private record Subject(EditableKind kind, long id) {
	}

}
