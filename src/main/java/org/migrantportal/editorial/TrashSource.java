package org.migrantportal.editorial;

import java.util.List;

import org.migrantportal.shared.Actor;

/**
 * A module's items in the trash that the actor may work on: a bean of each module with a
 * trash.
 */
public interface TrashSource {

	List<TrashedItem> trashed(Actor actor);

}
