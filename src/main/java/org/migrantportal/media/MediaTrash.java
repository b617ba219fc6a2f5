package org.migrantportal.media;

import java.util.List;

import org.migrantportal.editorial.TrashSource;
import org.migrantportal.editorial.TrashedItem;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.StaffRole;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The media files in the trash, for the one trash screen; restoring is open to editors of
 * their scope.
 */
@Component
class MediaTrash implements TrashSource {

	private final MediaAssetRepository assets;

	private final MediaEditingService editing;

	MediaTrash(MediaAssetRepository assets, MediaEditingService editing) {
		this.assets = assets;
		this.editing = editing;
	}

	@Override
	@Transactional(readOnly = true)
	public List<TrashedItem> trashed(Actor actor) {
		if (actor == null || !actor.hasRole(StaffRole.EDITOR)) {
			return List.of();
		}
		String locale = LocaleContextHolder.getLocale().toLanguageTag();
		return this.assets.findByDeletedAtIsNotNullOrderByDeletedAtDesc()
			.stream()
			.filter((asset) -> actor.canWorkOn(asset.getCountryScope(), asset.getOrganizationId()))
			.map((asset) -> new TrashedItem(MediaKinds.MEDIA, asset.getId(), this.editing.titleOf(asset, locale), null,
					asset.getCountryScope(), "/admin/media/" + asset.getId() + "/restore", null, asset.getDeletedAt(),
					asset.getDeletedBy()))
			.toList();
	}

}
