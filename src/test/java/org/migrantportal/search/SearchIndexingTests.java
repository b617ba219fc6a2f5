package org.migrantportal.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

import org.migrantportal.content.ContentSearchEntries;
import org.migrantportal.directory.ListingSearchEntries;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
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

	@Autowired
	private ContentSearchEntries content;

	@Autowired
	private ListingSearchEntries listings;

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
	void anEmbeddedIndexIsRebuiltAtEveryStartAndOnTheTimer() {
		CountingEngine embedded = new CountingEngine(false);
		SearchIndexing indexing = new SearchIndexing(embedded, this.content, this.listings);
		indexing.run(new DefaultApplicationArguments());
		indexing.run(new DefaultApplicationArguments());
		indexing.reindexOnSchedule();
		assertThat(embedded.rebuilds).isEqualTo(3);
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

		int rebuilds;

		int documents;

		CountingEngine(boolean shared) {
			this.shared = shared;
		}

		@Override
		public void replaceAll(Collection<SearchDocument> all) {
			this.rebuilds++;
			this.held.clear();
			this.held.addAll(all);
			this.documents = all.size();
		}

		@Override
		public void replaceSubject(String subject, List<SearchDocument> documents) {
			this.held.removeIf((document) -> document.subject().equals(subject));
			this.held.addAll(documents);
		}

		@Override
		public Found search(Query query, int count) {
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
