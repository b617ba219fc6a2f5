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

/** The help contacts in the trash, for the one trash screen. */
@Component
class HelpContactTrash implements TrashSource {

	private final HelpContactEditingService editing;

	private final JdbcClient jdbc;

	HelpContactTrash(HelpContactEditingService editing, JdbcClient jdbc) {
		this.editing = editing;
		this.jdbc = jdbc;
	}

	@Override
	public List<TrashedItem> trashed(Actor actor) {
		String locale = LocaleContextHolder.getLocale().toLanguageTag();
		Map<Long, String> deletedBy = TrashedBy.of(this.jdbc, "help_contact");
		return this.editing.listTrash(actor, locale)
			.stream()
			.map((row) -> new TrashedItem(DirectoryKinds.HELP_CONTACT, row.id(), row.name(), null, row.country(),
					"/admin/help-contacts/" + row.id() + "/restore", null, row.updatedAt(), deletedBy.get(row.id())))
			.toList();
	}

}
