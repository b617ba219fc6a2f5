package org.migrantportal.editorial;

import java.util.Comparator;
import java.util.List;

import org.migrantportal.shared.Actor;
import org.migrantportal.shared.StaffRole;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The one trash of every kind: what the actor may restore (or, admins, delete for good).
 */
@Service
public class Trash {

	private final List<TrashSource> sources;

	Trash(List<TrashSource> sources) {
		this.sources = sources;
	}

	/** Every trashed item the actor may work on, most recently trashed first. */
	public List<TrashedItem> of(Actor actor) {
		if (actor == null || !actor.hasRole(StaffRole.EDITOR)) {
			throw new AccessDeniedException("Editors and above use the trash");
		}
		return this.sources.stream()
			.flatMap((source) -> source.trashed(actor).stream())
			.sorted(Comparator.comparing(TrashedItem::deletedAt, Comparator.nullsLast(Comparator.reverseOrder())))
			.toList();
	}

}
