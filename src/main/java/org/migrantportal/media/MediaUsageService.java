package org.migrantportal.media;

import java.util.List;

import org.migrantportal.shared.Actor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a file of the actor's scope is used, as the modules that show files tell
 * ({@link MediaUsages}): on the file's page, and before it goes to the trash.
 */
@Service
@Transactional(readOnly = true)
public class MediaUsageService {

	private final MediaEditingService editing;

	private final ObjectProvider<MediaUsages> sources;

	MediaUsageService(MediaEditingService editing, ObjectProvider<MediaUsages> sources) {
		this.editing = editing;
		this.sources = sources;
	}

	public List<MediaUsage> usagesOf(Actor actor, long id) {
		this.editing.inScope(actor, id);
		return this.sources.orderedStream().flatMap((source) -> source.usagesOf(actor, id).stream()).toList();
	}

}
