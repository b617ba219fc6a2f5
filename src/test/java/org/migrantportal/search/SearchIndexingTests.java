package org.migrantportal.search;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

import org.migrantportal.content.ContentFixtures;
import org.migrantportal.content.ContentKind;
import org.migrantportal.content.ContentSearchEntries;
import org.migrantportal.directory.ListingSearchEntries;
import org.migrantportal.editorial.EditorialChange;
import org.migrantportal.editorial.EditorialEvent;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * When the index is rebuilt: an embedded one at every start and on the timer; a shared
 * one only when it is empty or the node is started with {@code --reindex}, never on a
 * timer; on request by admins only.
 */
@PortalWebTest
class SearchIndexingTests {

	private static final SiteLocales SITE_LOCALES = new SiteLocales("ka,en,hy", "en,ka,hy");

	@Autowired
	private ContentSearchEntries content;

	@Autowired
	private ListingSearchEntries listings;

	@Autowired
	private ApplicationContext context;

	@Test
	void aSharedIndexIsFilledAtStartOnlyWhenEmptyOrAskedAndNeverOnTheTimer() {
		CountingEngine shared = new CountingEngine(true);
		SearchIndexing indexing = new SearchIndexing(shared, this.content, this.listings);
		indexing.run(new DefaultApplicationArguments());
		assertThat(shared.rebuilds).as("empty at start").isEqualTo(1);
		assertThat(shared.documents).as("the initial content").isPositive();
		indexing.run(new DefaultApplicationArguments());
		indexing.reindexOnSchedule();
		assertThat(shared.rebuilds).as("another node's start and the timer leave it alone").isEqualTo(1);
		indexing.run(new DefaultApplicationArguments("--reindex"));
		assertThat(shared.rebuilds).as("--reindex").isEqualTo(2);
	}

	@Test
	void anEmbeddedIndexIsRebuiltAtEveryStartAndOnTheTimer() throws Exception {
		CountingEngine embedded = new CountingEngine(false);
		for (int start = 1; start <= 2; start++) {
			SearchIndexing indexing = new SearchIndexing(embedded, this.content, this.listings);
			indexing.run(new DefaultApplicationArguments());
			assertThat(indexing.awaitBuilt(Duration.ofSeconds(20))).isTrue();
			assertThat(embedded.rebuilds).isEqualTo(start);
			indexing.destroy();
		}
		new SearchIndexing(embedded, this.content, this.listings).reindexOnSchedule();
		assertThat(embedded.rebuilds).isEqualTo(3);
	}

	@Test
	void theStartDoesNotWaitForTheEmbeddedIndexButASearchDoes() throws Exception {
		CountingEngine embedded = new CountingEngine(false);
		CountDownLatch release = new CountDownLatch(1);
		embedded.gate = release;
		SearchIndexing indexing = new SearchIndexing(embedded, this.content, this.listings);
		SearchService search = new SearchService(embedded, SITE_LOCALES, SearchSynonyms.none(),
				new SimpleMeterRegistry(), indexing);

		indexing.run(new DefaultApplicationArguments());
		assertThat(indexing.awaitBuilt(Duration.ofMillis(200))).as("the build is under way").isFalse();
		CompletableFuture<SearchResults> early = CompletableFuture
			.supplyAsync(() -> search.search(SITE_LOCALES.all().get(1), "visa", null, null, 1));
		Thread.sleep(200);
		assertThat(early).as("a search waits for the index").isNotDone();
		release.countDown();
		assertThat(early.get(20, TimeUnit.SECONDS).query()).isEqualTo("visa");
		assertThat(embedded.searchedAfterBuild).as("it searched the built index").isTrue();
		indexing.destroy();
	}

	@Test
	void theEmbeddedIndexIsBuiltAMomentAfterTheStartWithoutWaitingForASearch() throws Exception {
		CountingEngine embedded = new CountingEngine(false);
		SearchIndexing indexing = new SearchIndexing(embedded, this.content, this.listings, Duration.ofSeconds(2));
		indexing.run(new DefaultApplicationArguments());
		assertThat(embedded.arrived.await(100, TimeUnit.MILLISECONDS)).as("the first pages go first").isFalse();
		assertThat(embedded.arrived.await(20, TimeUnit.SECONDS)).as("then the index is built unasked").isTrue();
		indexing.destroy();
		assertThat(embedded.documents).isPositive();
	}

	@Test
	void aSearchRightAfterTheStartDoesNotWaitOutTheFirstBuildsDelay() throws Exception {
		CountingEngine embedded = new CountingEngine(false);
		SearchIndexing indexing = new SearchIndexing(embedded, this.content, this.listings, Duration.ofHours(1));
		indexing.run(new DefaultApplicationArguments());
		assertThat(indexing.awaitBuilt(Duration.ofSeconds(20))).as("the search started the build").isTrue();
		assertThat(embedded.rebuilds).isEqualTo(1);
		assertThat(embedded.documents).isPositive();
		indexing.destroy();
	}

	@Test
	void aFirstBuildTheDatabaseRefusedIsTriedAgain() throws Exception {
		CountingEngine embedded = new CountingEngine(false);
		embedded.failures = 1;
		SearchIndexing indexing = new SearchIndexing(embedded, this.content, this.listings);
		indexing.run(new DefaultApplicationArguments());
		assertThat(indexing.awaitBuilt(Duration.ofSeconds(30))).isTrue();
		assertThat(embedded.rebuilds).isEqualTo(1);
		assertThat(embedded.documents).isPositive();
		indexing.destroy();
	}

	@Test
	void aPageUnpublishedWhileTheIndexIsRebuiltIsNotFoundAfterTheRebuild() throws Exception {
		ContentFixtures fixtures = new ContentFixtures(this.context);
		Long page = fixtures.publishedPageOnlyIn("ka", "სამუშაო ვიზა " + System.nanoTime(),
				ContentFixtures.uniqueSlug("rebuild"), "ტექსტი");
		String subject = SearchType.PAGE.name() + ":" + page;
		CountingEngine engine = new CountingEngine(false);
		CountDownLatch release = new CountDownLatch(1);
		engine.gate = release;
		SearchIndexing indexing = new SearchIndexing(engine, this.content, this.listings);
		try {
			CompletableFuture<Integer> rebuild = CompletableFuture.supplyAsync(indexing::reindexAll);
			assertThat(engine.arrived.await(20, TimeUnit.SECONDS)).as("the rebuild has read the database").isTrue();

			// taken down while the rebuild holds what it read before
			fixtures.remove(page);
			indexing.on(EditorialEvent.of(ContentKind.PAGE.editable(), page, "ka", EditorialChange.UNPUBLISHED, "",
					CountryScope.GEORGIA, null, null, null, null, Instant.now(), null));
			release.countDown();
			rebuild.get(20, TimeUnit.SECONDS);

			assertThat(engine.subjects()).as("the rebuild read it while it was published")
				.isNotEmpty()
				.doesNotContain(subject);
		}
		finally {
			release.countDown();
		}
	}

	@Test
	void onlyAdminsRebuildOnRequest() {
		CountingEngine engine = new CountingEngine(false);
		SearchIndexing indexing = new SearchIndexing(engine, this.content, this.listings);
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> indexing
			.rebuild(new Actor(1L, "reviewer@test.example", StaffRole.REVIEWER, CountryScope.BOTH, null, false)));
		assertThat(engine.rebuilds).isZero();
		assertThat(
				indexing.rebuild(new Actor(1L, "admin@test.example", StaffRole.ADMIN, CountryScope.BOTH, null, false)))
			.isEqualTo(engine.documents);
		assertThat(engine.rebuilds).isEqualTo(1);
	}

	/** An engine that counts full rebuilds and holds what it was given. */
	private static final class CountingEngine implements SearchEngine {

		private final boolean shared;

		private final List<SearchDocument> held = new ArrayList<>();

		volatile int rebuilds;

		volatile CountDownLatch gate;

		/**
		 * Counted down when a rebuild reaches the engine, that is has read the database.
		 */
		final CountDownLatch arrived = new CountDownLatch(1);

		volatile int failures;

		volatile boolean searchedAfterBuild;

		int documents;

		CountingEngine(boolean shared) {
			this.shared = shared;
		}

		@Override
		public void replaceAll(Collection<SearchDocument> all) {
			if (this.failures > 0) {
				this.failures--;
				throw new IllegalStateException("the database is away");
			}
			this.arrived.countDown();
			if (this.gate != null) {
				try {
					this.gate.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			synchronized (this) {
				this.rebuilds++;
				this.held.clear();
				this.held.addAll(all);
				this.documents = all.size();
			}
		}

		@Override
		public synchronized void replaceSubject(String subject, List<SearchDocument> documents) {
			this.held.removeIf((document) -> document.subject().equals(subject));
			this.held.addAll(documents);
		}

		synchronized Set<String> subjects() {
			return this.held.stream().map(SearchDocument::subject).collect(Collectors.toSet());
		}

		@Override
		public Found search(Query query, int count) {
			this.searchedAfterBuild = this.rebuilds > 0;
			return new Found(0, List.of());
		}

		@Override
		public int size() {
			return this.held.size();
		}

		@Override
		public boolean shared() {
			return this.shared;
		}

		@Override
		public void close() {
		}

	}

}
