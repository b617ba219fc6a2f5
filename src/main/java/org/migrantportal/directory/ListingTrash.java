package org.migrantportal.directory;

import java.util.List;
import java.util.Map;

import org.migrantportal.editorial.TrashSource;
import org.migrantportal.editorial.TrashedBy;
import org.migrantportal.editorial.TrashedItem;
import org.migrantportal.shared.Actor;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The service listings in the trash, for the one trash screen. */
@Component
class ListingTrash implements TrashSource {

	private final ServiceListingEditingService editing;

	private final JdbcClient jdbc;

	ListingTrash(ServiceListingEditingService editing, JdbcClient jdbc) {
		this.editing = editing;
		this.jdbc = jdbc;
	}

	@Override
	public List<TrashedItem> trashed(Actor actor) {
		String locale = LocaleContextHolder.getLocale().toLanguageTag();
		Map<Long, String> deletedBy = TrashedBy.of(this.jdbc, "service_listing");
		return this.editing.listTrash(actor, locale)
			.stream()
			.map((row) -> new TrashedItem(DirectoryKinds.SERVICE, row.id(), row.name(), null, row.country(),
					"/admin/services/" + row.id() + "/restore", "/admin/services/" + row.id() + "/purge",
					row.updatedAt(), deletedBy.get(row.id())))
			.toList();
	}

}
