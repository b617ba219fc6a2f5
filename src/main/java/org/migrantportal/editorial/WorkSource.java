package org.migrantportal.editorial;

import java.util.List;

import org.migrantportal.shared.Actor;

/**
 * A module's open work for the review queue: a bean each module that owns editable kinds
 * provides.
 */
public interface WorkSource {

	/**
	 * The drafts and texts in review of this source's kinds that the actor may work on,
	 * outside the trash.
	 */
	List<WorkItem> openWork(Actor actor);

}
