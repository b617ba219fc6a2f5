package org.migrantportal.directory;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.migrantportal.editorial.FourEyesSettings;
import org.migrantportal.editorial.WorkItem;
import org.migrantportal.editorial.WorkSource;
import org.migrantportal.editorial.WorkflowState;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The service listings in draft or in review, for the review queue. */
@Component
class ListingWork implements WorkSource {

	private final ServiceListingRepository listings;

	private final ListingStore store;

	private final FourEyesSettings fourEyes;

	ListingWork(ServiceListingRepository listings, ListingStore store, FourEyesSettings fourEyes) {
		this.listings = listings;
		this.store = store;
		this.fourEyes = fourEyes;
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkItem> openWork(Actor actor) {
		if (actor == null || !actor.hasRole(StaffRole.EDITOR)) {
			return List.of();
		}
		String locale = LocaleContextHolder.getLocale().toLanguageTag();
		List<WorkItem> items = new ArrayList<>();
		Map<CountryScope, Boolean> fourEyes = new EnumMap<>(CountryScope.class);
		for (ServiceListing listing : this.listings.findByDeletedAtIsNull()) {
			WorkflowState state = listing.workflowState();
			if ((state != WorkflowState.DRAFT && state != WorkflowState.IN_REVIEW)
					|| !actor.canWorkOn(listing.getCountryScope(), listing.getOrganizationId())) {
				continue;
			}
			String name = this.store.document(listing.getWorkingRevisionId())
				.map((document) -> ListingRow.nameOf(document, locale))
				.orElse("#" + listing.getId());
			items.add(new WorkItem(DirectoryKinds.SERVICE, listing.getId(), null, name,
					"/admin/services/" + listing.getId(), state, listing.getCountryScope(), listing.getOrganizationId(),
					listing.getLastEditorId(), this.fourEyes.isRequired(listing.getCountryScope()),
					listing.getSentBackReason(), listing.getSentBackBy(), listing.getUpdatedAt()));
		}
		return items;
	}

}
