package org.migrantportal.directory;

import java.util.List;

import org.migrantportal.editorial.TrashSource;
import org.migrantportal.editorial.TrashedItem;
import org.migrantportal.shared.Actor;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The service listings in the trash, for the one trash screen. */
@Component
class ListingTrash implements TrashSource {

	private final ServiceListingEditingService editing;

	ListingTrash(ServiceListingEditingService editing) {
		this.editing = editing;
	}

	@Override
	public List<TrashedItem> trashed(Actor actor) {
		String locale = LocaleContextHolder.getLocale().toLanguageTag();
		return this.editing.listTrash(actor, locale)
			.stream()
			.map((row) -> new TrashedItem(DirectoryKinds.SERVICE, row.id(), row.name(), null, row.country(),
					"/admin/services/" + row.id() + "/restore", "/admin/services/" + row.id() + "/purge",
					row.updatedAt()))
			.toList();
	}

}
