package org.migrantportal.media;

import java.util.List;

import org.migrantportal.editorial.WorkItem;
import org.migrantportal.editorial.WorkSource;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.StaffRole;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Uploaded files that wait for a reviewer before the public site serves them, for the
 * review queue.
 */
@Component
class MediaWork implements WorkSource {

	private final MediaAssetRepository assets;

	private final MediaEditingService editing;

	MediaWork(MediaAssetRepository assets, MediaEditingService editing) {
		this.assets = assets;
		this.editing = editing;
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkItem> openWork(Actor actor) {
		if (actor == null || !actor.hasRole(StaffRole.EDITOR)) {
			return List.of();
		}
		String locale = LocaleContextHolder.getLocale().toLanguageTag();
		return this.assets.findByDeletedAtIsNullAndReviewedAtIsNullOrderByCreatedAtDesc()
			.stream()
			.filter((asset) -> actor.canWorkOn(asset.getCountryScope(), asset.getOrganizationId()))
			.map((asset) -> {
				var facts = this.editing.facts(asset);
				return new WorkItem(MediaKinds.MEDIA, asset.getId(), null, this.editing.titleOf(asset, locale),
						"/admin/media/" + asset.getId(), facts.state(), asset.getCountryScope(),
						asset.getOrganizationId(), asset.getCreatedById(), facts.fourEyes(), null, null,
						asset.getUpdatedAt());
			})
			.toList();
	}

}
