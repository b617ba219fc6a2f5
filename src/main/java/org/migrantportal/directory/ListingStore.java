package org.migrantportal.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.migrantportal.editorial.EditorialChange;
import org.migrantportal.editorial.EditorialEvent;
import org.migrantportal.shared.Actor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one way a listing changes, whoever changes it (editors, reviewers, the initial
 * data, an HSDS import): a new listing, a saved revision, publishing a revision to the
 * public tables, unpublishing, and purging. Callers check role and scope and run the
 * transaction; this checks the document rules and records the change for the audit.
 */
@Component
class ListingStore {

	private final ServiceListingRepository listings;

	private final ServiceListingRevisionRepository revisions;

	private final ListingTables tables;

	private final ListingRules rules;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final Clock clock;

	ListingStore(ServiceListingRepository listings, ServiceListingRevisionRepository revisions, ListingTables tables,
			ListingRules rules, ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
		this.listings = listings;
		this.revisions = revisions;
		this.tables = tables;
		this.rules = rules;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A new listing whose first revision is the document; not public yet. */
	ServiceListing create(String contentKey, ServiceListingDocument document, Actor actor, String note) {
		this.rules.require(document, null);
		Instant now = this.clock.instant();
		ServiceListing listing = this.listings.saveAndFlush(new ServiceListing(contentKey, document, now));
		record(listing, document, actor, note, now);
		changed(listing, EditorialChange.CREATED, actor, now);
		return listing;
	}

	/**
	 * Saves a document as the listing's new working revision; the public sees no change.
	 */
	ServiceListingRevision save(ServiceListing listing, ServiceListingDocument document, Actor actor, String note) {
		this.rules.require(document, listing.getId());
		Instant now = this.clock.instant();
		ServiceListingRevision revision = record(listing, document, actor, note, now);
		changed(listing, EditorialChange.SAVED, actor, now);
		return revision;
	}

	/** Makes the working revision the public listing. */
	void publish(ServiceListing listing, Actor actor) {
		ServiceListingDocument document = working(listing);
		this.rules.require(document, listing.getId());
		Instant now = this.clock.instant();
		keepOldSlugs(listing, document, now);
		listing.copyFacts(document, now);
		listing.published(now);
		this.listings.flush();
		this.tables.write(listing.getId(), document);
		changed(listing, EditorialChange.PUBLISHED, actor, now);
	}

	/** Takes the listing off the public site; its revisions stay. */
	void unpublish(ServiceListing listing, Actor actor) {
		Instant now = this.clock.instant();
		this.tables.clear(listing.getId());
		listing.unpublished(now);
		changed(listing, EditorialChange.UNPUBLISHED, actor, now);
	}

	/** Deletes a listing for good, with its revisions and old slugs. */
	void purge(ServiceListing listing, Actor actor) {
		Instant now = this.clock.instant();
		this.tables.clear(listing.getId());
		this.jdbc
			.sql("update service_listing set working_revision_id = null, published_revision_id = null where id = ?")
			.param(listing.getId())
			.update();
		this.jdbc.sql("delete from service_listing_revision where service_id = ?").param(listing.getId()).update();
		this.jdbc.sql("delete from service_listing_slug_alias where service_id = ?").param(listing.getId()).update();
		changed(listing, EditorialChange.PURGED, actor, now);
		this.listings.delete(listing);
	}

	/** The document of the listing's latest saved revision. */
	ServiceListingDocument working(ServiceListing listing) {
		return document(listing.getWorkingRevisionId()).orElseThrow();
	}

	/** The document the public sees, if the listing is published. */
	Optional<ServiceListingDocument> published(ServiceListing listing) {
		return document(listing.getPublishedRevisionId());
	}

	Optional<ServiceListingDocument> document(Long revisionId) {
		return Optional.ofNullable(revisionId)
			.flatMap(this.revisions::findById)
			.map((revision) -> ListingDocuments.fromJson(revision.getDocument()));
	}

	/** What the public tables hold of a listing. */
	ServiceListingDocument tablesOf(ServiceListing listing) {
		return this.tables.read(listing);
	}

	List<ServiceListingRevision> revisions(ServiceListing listing) {
		return this.revisions.findByServiceIdOrderByRevisionNumberDesc(listing.getId());
	}

	void changed(ServiceListing listing, EditorialChange change, Actor actor, Instant now) {
		changed(listing, change, null, actor, now);
	}

	void changed(ServiceListing listing, EditorialChange change, String reason, Actor actor, Instant now) {
		String title = (listing.getContentKey() != null) ? listing.getContentKey() : listing.getHsdsId().toString();
		this.events.publishEvent(EditorialEvent.of(DirectoryKinds.SERVICE, listing.getId(), null, change, title,
				listing.getCountryScope(), listing.getOrganizationId(), listing.getLastEditorId(), reason, actor, now,
				"/admin/services/" + listing.getId()));
	}

	private ServiceListingRevision record(ServiceListing listing, ServiceListingDocument document, Actor actor,
			String note, Instant now) {
		int number = this.revisions.findFirstByServiceIdOrderByRevisionNumberDesc(listing.getId())
			.map((latest) -> latest.getRevisionNumber() + 1)
			.orElse(1);
		ServiceListingRevision revision = this.revisions
			.saveAndFlush(new ServiceListingRevision(listing.getId(), number, ListingDocuments.toJson(document),
					(actor != null) ? actor.accountId() : null, (actor != null) ? actor.email() : null, note, now));
		listing.saved(revision.getId(), (actor != null) ? actor.accountId() : null, now);
		return revision;
	}

	/** A published slug that changes keeps answering, as an alias of the listing. */
	private void keepOldSlugs(ServiceListing listing, ServiceListingDocument document, Instant now) {
		this.jdbc.sql("select locale, slug from service_listing_translation where service_id = ?")
			.param(listing.getId())
			.query((rs, row) -> {
				String locale = rs.getString("locale");
				String slug = rs.getString("slug");
				ServiceListingDocument.Text next = document.texts().get(locale);
				if (next == null || !next.slug().equals(slug)) {
					this.jdbc
						.sql("insert into service_listing_slug_alias (service_id, locale, slug, created_at) "
								+ "values (?, ?, ?, ?) on conflict (locale, slug) do nothing")
						.params(listing.getId(), locale, slug, java.sql.Timestamp.from(now))
						.update();
				}
				return slug;
			})
			.list();
		// a slug in use again by the listing itself is no longer an alias
		document.texts()
			.forEach((locale, text) -> this.jdbc
				.sql("delete from service_listing_slug_alias where locale = ? and slug = ?")
				.params(locale, text.slug())
				.update());
	}

}
